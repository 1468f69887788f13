/**
 * Camel glue: clients per CamelContext ({@link com.commerceconnectors.core.camel.ConnectorClients}), TLS from
 * {@code SSLContextParameters}, and the latching readiness check.
 */
package com.commerceconnectors.core.camel;
