package com.commerceconnectors.core.auth;

import com.commerceconnectors.connection.Agent;
import com.commerceconnectors.connection.Auth;
import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.ConnectorType;
import com.commerceconnectors.connection.Mode;

import java.net.URI;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@link AuthLatch}es of one CamelContext (or of one registry outside Camel): one per connection, shared by
 * every client, producer, consumer and readiness check of that connection, whatever else tells their clients apart
 * (TLS, retry options).
 * <p>
 * A connection here is what an operator writes in the connection document: its name, platform, mode, agent, base URI
 * and auth. Endpoint overrides (store code, API path, timeouts) sign in with the same account and so share the latch;
 * a changed document — new credentials above all — gets a new, open latch.
 * <p>
 * Each latch keeps its state in this JVM unless {@link #useStore} names a store shared by the nodes of a cluster.
 */
public final class AuthLatches {

    private final ConcurrentHashMap<SignInKey, Entry> latches = new ConcurrentHashMap<>();
    private volatile AuthLatchStore store = AuthLatchStore.IN_MEMORY;

    /** The latch of this connection, created open on first use. */
    public AuthLatch latchFor(Connection connection) {
        Objects.requireNonNull(connection, "connection");
        SignInKey key = SignInKey.of(connection);
        Entry known = latches.get(key);
        if (known != null) {
            return known.latch();
        }
        synchronized (latches) { // so a latch made now cannot miss a store set up at the same time
            return latches.computeIfAbsent(key,
                    k -> new Entry(connection, new AuthLatch(k.name(), store.stateFor(connection)))).latch();
        }
    }

    /**
     * Keeps every latch's state in {@code newStore} from now on — a store shared by the nodes of a cluster, so that
     * one refused sign-in stops them all. Latches made before move there too (what they held in memory is not carried
     * over), so set it before the routes start.
     */
    public void useStore(AuthLatchStore newStore) {
        Objects.requireNonNull(newStore, "newStore");
        synchronized (latches) {
            store = newStore;
            latches.values().forEach(e -> e.latch().useState(newStore.stateFor(e.connection())));
        }
    }

    /** The store the latches keep their state in. */
    public AuthLatchStore store() {
        return store;
    }

    /**
     * Releases every latch.
     *
     * @return how many were latched
     */
    public int resetAll() {
        int released = 0;
        for (Entry entry : latches.values()) {
            if (entry.latch().reset()) {
                released++;
            }
        }
        return released;
    }

    /**
     * Releases the latches of the connections with this name (several, when documents with one name differ).
     *
     * @return how many were latched
     */
    public int reset(String connectionName) {
        int released = 0;
        for (var e : latches.entrySet()) {
            if (e.getKey().name().equals(connectionName) && e.getValue().latch().reset()) {
                released++;
            }
        }
        return released;
    }

    /** The latched refusals now, by connection name. */
    public List<AuthLatch.Latched> latched() {
        return latches.values().stream()
                .map(e -> e.latch().latched())
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(AuthLatch.Latched::connectionName).thenComparing(AuthLatch.Latched::since))
                .toList();
    }

    /** Forgets every latch (the context stops; a restarted one starts open). */
    public void clear() {
        latches.clear();
    }

    @Override
    public String toString() {
        return "AuthLatches[" + latches.size() + " connections, " + latched().size() + " latched]";
    }

    /** A latch and the first connection seen for its key, from which a new store makes its state. */
    private record Entry(Connection connection, AuthLatch latch) {

        @Override
        public String toString() {
            return "Entry[" + connection.name() + "]";
        }
    }

    /** What decides which account a sign-in uses: the connection document without endpoint overrides. */
    private record SignInKey(String name, ConnectorType connector, Mode mode, Agent agent, URI baseUri, Auth auth) {

        static SignInKey of(Connection c) {
            return new SignInKey(c.name(), c.connector(), c.mode(), c.agent(), c.baseUri(), c.auth());
        }

        /** The name only: the auth masks its secrets, but nothing here needs more. */
        @Override
        public String toString() {
            return "SignInKey[" + name + "]";
        }
    }
}
