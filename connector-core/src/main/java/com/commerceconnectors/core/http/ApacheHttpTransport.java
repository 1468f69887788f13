package com.commerceconnectors.core.http;

import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.core.error.FailureReason;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.io.ModalCloseable;
import org.apache.hc.core5.pool.PoolStats;
import org.apache.hc.core5.ssl.SSLContexts;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link HttpTransport} on Apache HttpClient 5 (classic): one connection pool per instance, so create one per
 * (CamelContext, connection) — never one per endpoint and never a JVM-wide one.
 * <ul>
 *   <li>keep-alive and pooling; idle connections are evicted and re-validated before reuse;</li>
 *   <li>connect and read timeouts from the connection;</li>
 *   <li>TLS verified (certificate chain and host name) with the given {@link SSLContext}, or the JVM's default trust;</li>
 *   <li>HttpClient's automatic retries, redirects, cookie store and auth cache are all off: retries and redirects
 *       are done by {@link ConnectorClient}, every attempt authorized afresh, and no session state leaks between calls;</li>
 *   <li>an on-premise agent is used as the HTTP proxy, with Basic credentials when it has them (offered only to the
 *       proxy, never to the platform); a {@code socks5://} agent as a SOCKS5 proxy that resolves the platform's host
 *       name itself, with RFC 1929 username/password when it has credentials;</li>
 *   <li>answers are read fully, up to a size limit.</li>
 * </ul>
 * <b>Logging.</b> HttpClient's {@code org.apache.hc.client5.http.wire} and {@code org.apache.hc.client5.http.headers}
 * loggers would print credentials if turned on; this transport's connections never write to them (see
 * {@link QuietClientConnection}). Keep those loggers off anyway: other HttpClient users in the same JVM are not
 * protected. Our own request log is {@code com.commerceconnectors.core.http.ConnectorClient} (DEBUG; TRACE adds
 * masked headers).
 * <p>
 * Proxies come only from the connection's agent; the JVM's {@code http(s).proxyHost} properties are not read, so a
 * cloud connection never goes through a proxy nobody configured for it.
 */
public final class ApacheHttpTransport implements HttpTransport {

    private final CloseableHttpClient client;
    private final PoolingHttpClientConnectionManager pool;
    private final long maxResponseBytes;

    private ApacheHttpTransport(CloseableHttpClient client, PoolingHttpClientConnectionManager pool, long maxResponseBytes) {
        this.client = client;
        this.pool = pool;
        this.maxResponseBytes = maxResponseBytes;
    }

    /**
     * Builds the pool and the client. Nothing is connected yet.
     *
     * @throws ApiException (CONFIGURATION) when the TLS context cannot be set up
     */
    public static ApacheHttpTransport create(TransportSettings settings) {
        SSLContext ssl = settings.sslContext() != null ? settings.sslContext() : SSLContexts.createSystemDefault();
        Timeout connect = Timeout.of(settings.connectTimeout());
        Timeout read = Timeout.of(settings.readTimeout());
        ProxySettings proxy = settings.proxy();
        boolean socks = proxy != null && proxy.isSocks5();
        PoolingHttpClientConnectionManagerBuilder poolBuilder = socks ? new Socks5ConnectionManagerBuilder(proxy)
                : PoolingHttpClientConnectionManagerBuilder.create();
        PoolingHttpClientConnectionManager pool = poolBuilder
                .setConnectionFactory(new QuietConnectionFactory())
                .setTlsSocketStrategy(new DefaultClientTlsStrategy(ssl))
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(connect)
                        .setSocketTimeout(read)
                        // a pooled connection idle this long is checked before reuse: servers close idle ones
                        .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                        .setTimeToLive(TimeValue.ofMinutes(5))
                        .build())
                .setMaxConnPerRoute(settings.maxConnectionsPerRoute())
                .setMaxConnTotal(settings.maxConnectionsTotal())
                .build();
        boolean httpProxy = proxy != null && !socks;
        RequestConfig requestConfig = RequestConfig.custom()
                .setResponseTimeout(read)
                .setConnectionRequestTimeout(read)
                .setRedirectsEnabled(false)
                .setProtocolUpgradeEnabled(false)
                // HttpClient answers auth challenges only for the agent; the platform's auth is the policy's job
                .setAuthenticationEnabled(httpProxy && proxy.hasCredentials())
                .build();
        HttpClientBuilder builder = HttpClientBuilder.create()
                .setConnectionManager(pool)
                .setDefaultRequestConfig(requestConfig)
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .setUserAgent(settings.userAgent())
                .evictIdleConnections(TimeValue.ofSeconds(30))
                .evictExpiredConnections();
        if (httpProxy) {
            HttpHost proxyHost = new HttpHost(proxy.scheme(), proxy.host(), proxy.port());
            builder.setProxy(proxyHost);
            BasicCredentialsProvider credentials = new BasicCredentialsProvider();
            if (proxy.hasCredentials()) {
                char[] password = proxy.password() == null ? new char[0] : proxy.password().reveal().toCharArray();
                credentials.setCredentials(new AuthScope(proxyHost), new UsernamePasswordCredentials(proxy.username(), password));
            }
            builder.setDefaultCredentialsProvider(credentials);
        }
        return new ApacheHttpTransport(builder.build(), pool, settings.maxResponseBytes());
    }

    @Override
    public ApiResponse execute(ApiRequest request) throws IOException {
        BasicClassicHttpRequest http = new BasicClassicHttpRequest(request.method().name(), request.uri());
        for (Header h : request.headers()) {
            http.addHeader(h.name(), h.value());
        }
        if (request.hasBody()) {
            ContentType type = request.contentType() == null ? ContentType.APPLICATION_OCTET_STREAM
                    : ContentType.parseLenient(request.contentType());
            http.setEntity(new ByteArrayEntity(request.body(), type));
        }
        // a fresh context per call: no auth state, cookies or user token carried from one call to the next
        ClassicHttpResponse response;
        try {
            response = client.executeOpen(null, http, HttpClientContext.create());
        } catch (IllegalStateException e) {
            // HttpClient's way of saying the pool was closed: the CamelContext (or the application) is stopping
            throw new java.io.InterruptedIOException("the connection pool is shut down");
        } catch (Socks5Exception e) {
            throw ApiException.builder(ErrorCategory.NETWORK, FailureReason.PROXY)
                    .summary(e.getMessage())
                    .advice(e.advice())
                    // the tunnel never opened, so the platform never saw the request: even a write may be retried
                    .retryable(e.transientFailure())
                    .request(request.method().name(), request.uri())
                    .cause(e)
                    .build();
        }
        boolean complete = false;
        try {
            List<Header> headers = new ArrayList<>();
            for (org.apache.hc.core5.http.Header h : response.getHeaders()) {
                try {
                    headers.add(new Header(h.getName(), h.getValue() == null ? "" : h.getValue(), false));
                } catch (IllegalArgumentException malformed) {
                    // a header name no HTTP grammar allows: nothing we could use, so not a reason to fail the call
                }
            }
            byte[] body = BoundedBody.read(response.getEntity(), maxResponseBytes);
            complete = true;
            return new ApiResponse(response.getCode(), Headers.of(headers), body);
        } finally {
            if (complete) {
                response.close();
            } else {
                // a body over the limit or a broken stream: drop the connection rather than drain it
                discard(response);
            }
        }
    }

    private static void discard(ClassicHttpResponse response) {
        if (response instanceof ModalCloseable closeable) {
            closeable.close(CloseMode.IMMEDIATE);
        } else {
            try {
                response.close();
            } catch (IOException ignored) {
                // the caller already has the exception that matters
            }
        }
    }

    /** Pool statistics: leased, available, pending; for tests and metrics. */
    public String poolStats() {
        return pool.getTotalStats().toString();
    }

    /** Connections in use and callers waiting for one, all hosts together. */
    PoolStats poolUsage() {
        return pool.getTotalStats();
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
        pool.close(CloseMode.GRACEFUL);
    }
}
