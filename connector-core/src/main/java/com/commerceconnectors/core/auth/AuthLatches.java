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
 */
public final class AuthLatches {

    private final ConcurrentHashMap<SignInKey, AuthLatch> latches = new ConcurrentHashMap<>();

    /** The latch of this connection, created open on first use. */
    public AuthLatch latchFor(Connection connection) {
        Objects.requireNonNull(connection, "connection");
        return latches.computeIfAbsent(SignInKey.of(connection), k -> new AuthLatch(k.name()));
    }

    /**
     * Releases every latch.
     *
     * @return how many were latched
     */
    public int resetAll() {
        int released = 0;
        for (AuthLatch latch : latches.values()) {
            if (latch.reset()) {
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
            if (e.getKey().name().equals(connectionName) && e.getValue().reset()) {
                released++;
            }
        }
        return released;
    }

    /** The latched refusals now, by connection name. */
    public List<AuthLatch.Latched> latched() {
        return latches.values().stream()
                .map(AuthLatch::latched)
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
