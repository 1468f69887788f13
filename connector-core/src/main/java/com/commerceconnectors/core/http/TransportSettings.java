package com.commerceconnectors.core.http;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.ConnectionPool;
import com.commerceconnectors.connection.Timeouts;

import javax.net.ssl.SSLContext;
import java.time.Duration;
import java.util.Objects;

/**
 * How the transport connects: timeouts, TLS trust, the agent's proxy, pool size and the response size limit.
 *
 * @param connectTimeout         TCP connect timeout
 * @param readTimeout            socket and response timeout
 * @param sslContext             the TLS context (trust store, client keys); {@code null} for the JVM's default trust
 * @param proxy                  the agent's proxy, {@code null} for a direct connection
 * @param maxResponseBytes       the largest answer body read; a larger one fails with a clear error
 * @param maxConnectionsPerRoute pooled connections per host
 * @param maxConnectionsTotal    pooled connections in all
 * @param userAgent              the {@code User-Agent} sent
 */
public record TransportSettings(
        Duration connectTimeout,
        Duration readTimeout,
        SSLContext sslContext,
        ProxySettings proxy,
        long maxResponseBytes,
        int maxConnectionsPerRoute,
        int maxConnectionsTotal,
        String userAgent) {

    public static final long DEFAULT_MAX_RESPONSE_BYTES = 64L * 1024 * 1024;
    public static final String DEFAULT_USER_AGENT = "commerce-connectors/0.1";

    public TransportSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        if (maxResponseBytes <= 0 || maxConnectionsPerRoute <= 0 || maxConnectionsTotal <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        userAgent = userAgent == null ? DEFAULT_USER_AGENT : userAgent;
    }

    public static TransportSettings defaults() {
        return of(Timeouts.DEFAULT);
    }

    /** The timeouts, and a pool of the connections' default size. */
    public static TransportSettings of(Timeouts timeouts) {
        return new TransportSettings(timeouts.connect(), timeouts.read(), null, null, DEFAULT_MAX_RESPONSE_BYTES,
                ConnectionPool.DEFAULT.maxConnectionsPerHost(), ConnectionPool.DEFAULT.maxConnections(), DEFAULT_USER_AGENT);
    }

    /**
     * The connection's timeouts and pool sizes and, for an on-premise connection, its agent as the proxy.
     *
     * @throws com.commerceconnectors.core.error.ApiException (CONFIGURATION) for an agent that cannot be used
     */
    public static TransportSettings forConnection(Connection connection) {
        ConnectionPool pool = connection.pool();
        TransportSettings s = of(connection.timeouts()).withPool(pool.maxConnectionsPerHost(), pool.maxConnections());
        return connection.agentIfAny().map(a -> s.withProxy(ProxySettings.fromAgent(a))).orElse(s);
    }

    public TransportSettings withSslContext(SSLContext context) {
        return new TransportSettings(connectTimeout, readTimeout, context, proxy, maxResponseBytes, maxConnectionsPerRoute,
                maxConnectionsTotal, userAgent);
    }

    public TransportSettings withProxy(ProxySettings newProxy) {
        return new TransportSettings(connectTimeout, readTimeout, sslContext, newProxy, maxResponseBytes,
                maxConnectionsPerRoute, maxConnectionsTotal, userAgent);
    }

    public TransportSettings withMaxResponseBytes(long bytes) {
        return new TransportSettings(connectTimeout, readTimeout, sslContext, proxy, bytes, maxConnectionsPerRoute,
                maxConnectionsTotal, userAgent);
    }

    public TransportSettings withPool(int perRoute, int total) {
        return new TransportSettings(connectTimeout, readTimeout, sslContext, proxy, maxResponseBytes, perRoute, total,
                userAgent);
    }

    public TransportSettings withUserAgent(String newUserAgent) {
        return new TransportSettings(connectTimeout, readTimeout, sslContext, proxy, maxResponseBytes,
                maxConnectionsPerRoute, maxConnectionsTotal, newUserAgent);
    }
}
