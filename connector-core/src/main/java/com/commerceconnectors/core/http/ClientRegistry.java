package com.commerceconnectors.core.http;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.core.auth.AuthLatches;
import com.commerceconnectors.core.error.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * One {@link ConnectorClient} (connection pool and token cache) per {@link ClientKey}: endpoints and routes whose
 * connection, TLS settings and client options are equal share it; one whose TLS or options differ gets a client of its
 * own. Every client of one connection obeys one sign-in latch ({@link #authLatches()}), so a refused sign-in stops
 * them all. Created lazily; {@link #close()} closes them all and leaves the registry empty and usable again (a
 * CamelContext may be restarted). Without Camel (the CLI, tests) use it directly; with Camel use
 * {@code ConnectorClients.of(camelContext)}, which holds one per CamelContext.
 */
public final class ClientRegistry implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ClientRegistry.class);

    private final ConcurrentHashMap<ClientKey, ConnectorClient> clients = new ConcurrentHashMap<>();
    private final AuthLatches latches = new AuthLatches();

    /**
     * The client for this connection with default TLS and options, created with {@code factory} on first use; the
     * same as {@code client(ClientKey.of(connection), factory)}.
     *
     * @throws ApiException (CONFIGURATION) when the factory cannot build a client; nothing is cached then
     */
    public ConnectorClient client(Connection connection, Function<Connection, ConnectorClient> factory) {
        return client(ClientKey.of(connection), factory);
    }

    /**
     * The client for this key, created with {@code factory} (given the key's connection) on first use. The factory
     * must build the client the key describes: the key only tells clients apart.
     *
     * @throws ApiException (CONFIGURATION) when the factory cannot build a client; nothing is cached then
     */
    public ConnectorClient client(ClientKey key, Function<Connection, ConnectorClient> factory) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(factory, "factory");
        return clients.computeIfAbsent(key, k -> {
            ConnectorClient client = Objects.requireNonNull(factory.apply(k.connection()), "the factory returned no client");
            client.shareAuthLatch(latches.latchFor(k.connection()));
            LOG.debug("created client for {}", k);
            return client;
        });
    }

    /** The sign-in latches of the connections of this registry's clients (and of its readiness checks). */
    public AuthLatches authLatches() {
        return latches;
    }

    public int size() {
        return clients.size();
    }

    /** Closes every client and forgets them and their latches. */
    @Override
    public void close() {
        List<ConnectorClient> closing = new ArrayList<>(clients.values());
        clients.clear();
        latches.clear();
        for (ConnectorClient client : closing) {
            try {
                client.close();
            } catch (RuntimeException e) {
                LOG.warn("closing {} failed: {}", client, e.toString());
            }
        }
    }
}
