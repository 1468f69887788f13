package com.commerceconnectors.connection;

/**
 * How many HTTP connections the connectors hold open for a connection: per host (the platform, its token endpoint or
 * the agent) and in all. The defaults serve 64 concurrent callers without one waiting for another's connection;
 * HttpClient's own defaults (5 per host, 25 in all) would make the 6th caller wait.
 */
public record ConnectionPool(int maxConnectionsPerHost, int maxConnections) {

    public static final int DEFAULT_PER_HOST = 64;
    public static final ConnectionPool DEFAULT = new ConnectionPool(DEFAULT_PER_HOST, 2 * DEFAULT_PER_HOST);

    public ConnectionPool {
        if (maxConnectionsPerHost < 1 || maxConnections < maxConnectionsPerHost) {
            throw new IllegalArgumentException("a pool needs 1 <= maxConnectionsPerHost <= maxConnections, not "
                    + maxConnectionsPerHost + " and " + maxConnections);
        }
    }

    /**
     * The document's values. Without a total it is twice the per-host limit; without a per-host limit it is 64, or
     * the total when that is smaller.
     */
    public static ConnectionPool of(Long maxConnectionsPerHost, Long maxConnections) {
        Integer total = maxConnections == null ? null : Math.toIntExact(maxConnections);
        int perHost = maxConnectionsPerHost != null ? Math.toIntExact(maxConnectionsPerHost)
                : total == null ? DEFAULT_PER_HOST : Math.min(DEFAULT_PER_HOST, total);
        return new ConnectionPool(perHost, total == null ? 2 * perHost : total);
    }
}
