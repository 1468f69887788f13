/**
 * Calling a platform over HTTP: request and response values ({@link com.commerceconnectors.core.http.ApiRequest},
 * {@link com.commerceconnectors.core.http.ApiResponse}), the transport seam
 * ({@link com.commerceconnectors.core.http.HttpTransport}, on Apache HttpClient 5), and
 * {@link com.commerceconnectors.core.http.ConnectorClient}, which authorizes, retries, follows safe redirects and maps
 * errors. One client per (CamelContext, connection): see {@link com.commerceconnectors.core.http.ClientRegistry}.
 * <p>
 * Logging: {@code com.commerceconnectors.core.http.ConnectorClient} at DEBUG logs each call (method, masked URI,
 * status, size, time), at TRACE also masked headers. HttpClient's {@code org.apache.hc.client5.http.wire} and
 * {@code org.apache.hc.client5.http.headers} loggers would print credentials; our connections never write to them,
 * but keep them off for anything else in the JVM that uses HttpClient.
 */
package com.commerceconnectors.core.http;
