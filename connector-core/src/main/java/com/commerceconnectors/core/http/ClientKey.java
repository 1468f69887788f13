package com.commerceconnectors.core.http;

import com.commerceconnectors.connection.Connection;

import java.util.Objects;

/**
 * What makes one endpoint's {@link ConnectorClient} differ from another's: the connection, the TLS settings as the
 * endpoint gave them, and the client options (retry policy, sleeper, clock, auth back-off). Endpoints with equal keys
 * share a client (pool and tokens); endpoints whose connection is equal but whose TLS or options differ each get the
 * client they asked for. The sign-in latch is shared by connection whatever the key, see
 * {@link com.commerceconnectors.core.auth.AuthLatches}.
 *
 * @param connection the connection
 * @param tls        the TLS settings as given (e.g. Camel's {@code SSLContextParameters}), compared with
 *                   {@code equals} — for Camel's parameters that is identity: the same bean shares, two beans do
 *                   not; {@code null} for the JVM's default trust
 * @param options    the client options, a value with {@code equals} (e.g. a record of retry policy, sleeper, clock
 *                   and back-off); {@code null} for the defaults
 */
public record ClientKey(Connection connection, Object tls, Object options) {

    public ClientKey {
        Objects.requireNonNull(connection, "connection");
    }

    /** The key of a client with default TLS and options: the connection alone. */
    public static ClientKey of(Connection connection) {
        return new ClientKey(connection, null, null);
    }

    public static ClientKey of(Connection connection, Object tls, Object options) {
        return new ClientKey(connection, tls, options);
    }

    /** The connection and what kinds of TLS settings and options: their contents may hold key store passwords. */
    @Override
    public String toString() {
        return "ClientKey[" + connection + ", tls=" + (tls == null ? "default" : tls.getClass().getSimpleName() + "@"
                + Integer.toHexString(System.identityHashCode(tls))) + ", options="
                + (options == null ? "default" : options.getClass().getSimpleName()) + "]";
    }
}
