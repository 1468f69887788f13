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
import java.util.function.Supplier;

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
    private final RateWindows rateWindows = new RateWindows();
    /** Moves on whenever {@link #close()} empties the registry, so that handles drop the clients it closed. */
    private volatile int generation;

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

    /**
     * The client for this key as an API holds it: looked up once, then kept until the registry is closed (a
     * CamelContext that stops), when the next call looks it up, and so creates it, again. A lookup builds the key's
     * hash over the whole connection, which cost a few per cent of every request when done per call.
     */
    public Supplier<ConnectorClient> handle(ClientKey key, Function<Connection, ConnectorClient> factory) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(factory, "factory");
        return new Handle(key, factory);
    }

    /** The sign-in latches of the connections of this registry's clients (and of its readiness checks). */
    public AuthLatches authLatches() {
        return latches;
    }

    /**
     * The rate-limit windows the registry's clients pace by: a connector that paces gives each client a
     * {@link RequestPacer} over these, so that connections the platform counts together wait for one another.
     */
    public RateWindows rateWindows() {
        return rateWindows;
    }

    public int size() {
        return clients.size();
    }

    /** Closes every client and forgets them and their latches. */
    @Override
    public void close() {
        generation++;
        List<ConnectorClient> closing = new ArrayList<>(clients.values());
        clients.clear();
        latches.clear();
        rateWindows.clear();
        for (ConnectorClient client : closing) {
            try {
                client.close();
            } catch (RuntimeException e) {
                LOG.warn("closing {} failed: {}", client, e.toString());
            }
        }
        // again: a handle that looked a client up while this closed them must not keep it
        generation++;
    }

    private final class Handle implements Supplier<ConnectorClient> {

        private final ClientKey key;
        private final Function<Connection, ConnectorClient> factory;
        private volatile Held held;

        Handle(ClientKey key, Function<Connection, ConnectorClient> factory) {
            this.key = key;
            this.factory = factory;
        }

        @Override
        public ConnectorClient get() {
            int now = generation;
            Held h = held;
            if (h != null && h.generation == now) {
                return h.client;
            }
            ConnectorClient client = client(key, factory);
            held = new Held(client, now);
            return client;
        }
    }

    private record Held(ConnectorClient client, int generation) {
    }
}
