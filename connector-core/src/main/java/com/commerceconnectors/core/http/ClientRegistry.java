package com.commerceconnectors.core.http;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.core.error.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One {@link ConnectorClient} (connection pool and token cache) per {@link Connection}, by the record's equality:
 * endpoints and routes that use equal connections share it. Created lazily; {@link #close()} closes them all and
 * leaves the registry empty and usable again (a CamelContext may be restarted). Without Camel (the CLI, tests) use it
 * directly; with Camel use {@code ConnectorClients.of(camelContext)}, which holds one per CamelContext.
 * <p>
 * The first factory to create a client for a connection decides its options; later callers with an equal connection
 * get that client.
 */
public final class ClientRegistry implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ClientRegistry.class);

    private final ConcurrentHashMap<Connection, ConnectorClient> clients = new ConcurrentHashMap<>();

    /**
     * The client for this connection, created with {@code factory} on first use.
     *
     * @throws ApiException (CONFIGURATION) when the factory cannot build a client; nothing is cached then
     */
    public ConnectorClient client(Connection connection, Function<Connection, ConnectorClient> factory) {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(factory, "factory");
        return clients.computeIfAbsent(connection, c -> {
            ConnectorClient client = Objects.requireNonNull(factory.apply(c), "the factory returned no client");
            LOG.debug("created client for {}", c);
            return client;
        });
    }

    public int size() {
        return clients.size();
    }

    /** Closes every client and forgets them. */
    @Override
    public void close() {
        List<ConnectorClient> closing = new ArrayList<>(clients.values());
        clients.clear();
        for (ConnectorClient client : closing) {
            try {
                client.close();
            } catch (RuntimeException e) {
                LOG.warn("closing {} failed: {}", client, e.toString());
            }
        }
    }
}
