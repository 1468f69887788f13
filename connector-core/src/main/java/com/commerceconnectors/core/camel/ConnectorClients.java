package com.commerceconnectors.core.camel;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.core.auth.AuthLatchStore;
import com.commerceconnectors.core.auth.AuthLatches;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.http.ClientKey;
import com.commerceconnectors.core.http.ClientRegistry;
import com.commerceconnectors.core.http.ConnectorClient;
import com.commerceconnectors.core.http.RateWindows;
import org.apache.camel.Body;
import org.apache.camel.CamelContext;
import org.apache.camel.Handler;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedOperation;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The clients of one CamelContext: one {@link ConnectorClient} (connection pool and token cache) per
 * {@link ClientKey} — connection, TLS settings and client options — shared by every endpoint of that context with an
 * equal key, and closed when the context stops. Never shared between contexts: tokens of one context (and its scopes)
 * must not serve another.
 * <p>
 * It also holds the context's sign-in latches ({@link #authLatches()}), one per connection, which every client,
 * endpoint and readiness check of the connection obeys: after the token endpoint refused the credentials no new
 * sign-in is made (each call fails at once with that refusal) until the back-off passes (30 minutes unless set
 * otherwise), the connection changes, or an operator resets the latch:
 * <ul>
 *   <li>JMX: this service's operations {@code resetAuthLatches()} and {@code resetAuthLatch(connectionName)}
 *       (Camel exposes it when camel-management is on the classpath and JMX is enabled);</li>
 *   <li>a route: {@code from("direct:reset-sign-in").bean(ConnectorClients.AuthLatchReset.class)}, with the
 *       connection's name as the body, or an empty body for all (see {@link AuthLatchReset});</li>
 *   <li>code: {@code ConnectorClients.of(context).resetAuthLatch("shop")}.</li>
 * </ul>
 * The latches keep their state in this JVM, unless the context's registry holds one {@link AuthLatchStore} bean (a
 * store shared by the nodes of a cluster): then they keep it there, so one refused sign-in stops every node.
 * <p>
 * Registered as a service of the context, found again with {@link #of(CamelContext)}.
 */
@ManagedResource(description = "Connector clients; reset here the sign-in latch of a connection whose credentials were refused")
public final class ConnectorClients extends ServiceSupport {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectorClients.class);
    /** Guards creation only; the registry itself lives in the context, not here. */
    private static final Object CREATION = new Object();

    private final ClientRegistry registry = new ClientRegistry();

    private ConnectorClients() {
    }

    /** The context's clients, created and registered on first use. */
    public static ConnectorClients of(CamelContext context) {
        ConnectorClients existing = context.hasService(ConnectorClients.class);
        if (existing != null) {
            return existing;
        }
        synchronized (CREATION) {
            existing = context.hasService(ConnectorClients.class);
            if (existing != null) {
                return existing;
            }
            ConnectorClients created = new ConnectorClients();
            sharedLatchStore(context).ifPresent(created.authLatches()::useStore);
            try {
                // stopOnShutdown: the context stops it, which closes every pool
                context.addService(created, true, true);
            } catch (Exception e) {
                throw ApiException.configuration("Could not register the connector clients with the Camel context ("
                        + e.getClass().getSimpleName() + ")", "Check that the Camel context is not stopping");
            }
            return created;
        }
    }

    /** The registry's one {@link AuthLatchStore} bean (a store shared by the nodes of a cluster), if it has one. */
    private static Optional<AuthLatchStore> sharedLatchStore(CamelContext context) {
        Set<AuthLatchStore> stores = context.getRegistry().findByType(AuthLatchStore.class);
        if (stores.size() > 1) {
            LOG.warn("The registry holds {} sign-in latch stores; the latches stay in this JVM until one is chosen with"
                    + " ConnectorClients.of(context).authLatches().useStore(store)", stores.size());
            return Optional.empty();
        }
        return stores.stream().findFirst();
    }

    /**
     * The client for this connection with default TLS and options, created with {@code factory} on first use. An
     * endpoint with its own TLS settings or client options should use {@link #client(ClientKey, Function)}.
     */
    public ConnectorClient client(Connection connection, Function<Connection, ConnectorClient> factory) {
        return registry.client(connection, factory);
    }

    /** The client for this key (connection, TLS settings, client options), created with {@code factory} on first use. */
    public ConnectorClient client(ClientKey key, Function<Connection, ConnectorClient> factory) {
        return registry.client(key, factory);
    }

    /**
     * The client for this key as an API holds it: looked up once and kept while the context runs; after a stop and
     * start the next call gets the new client.
     */
    public Supplier<ConnectorClient> handle(ClientKey key, Function<Connection, ConnectorClient> factory) {
        return registry.handle(key, factory);
    }

    /** The context's sign-in latches, one per connection. */
    public AuthLatches authLatches() {
        return registry.authLatches();
    }

    /** The rate-limit windows of the context's clients, shared by the connections a platform counts together. */
    public RateWindows rateWindows() {
        return registry.rateWindows();
    }

    /** How many clients are open. */
    public int size() {
        return registry.size();
    }

    @ManagedAttribute(description = "How many clients are open")
    public int getClientCount() {
        return registry.size();
    }

    @ManagedAttribute(description = "The connections whose sign-in is latched after refused credentials, with since and until")
    public List<String> getLatchedConnections() {
        return registry.authLatches().latched().stream()
                .map(l -> l.connectionName() + " since " + l.since() + " until " + l.until())
                .toList();
    }

    @ManagedOperation(description = "Lets every connection whose credentials were refused sign in again; returns how many were latched")
    public int resetAuthLatches() {
        // each released latch logs itself
        int released = registry.authLatches().resetAll();
        if (released == 0) {
            LOG.info("No sign-in was latched");
        }
        return released;
    }

    @ManagedOperation(description = "Lets the connection with this name sign in again; returns how many latches were released")
    public int resetAuthLatch(String connectionName) {
        Objects.requireNonNull(connectionName, "connectionName");
        int released = registry.authLatches().reset(connectionName);
        if (released == 0) {
            LOG.info("The sign-in of connection '{}' was not latched", connectionName);
        }
        return released;
    }

    @Override
    protected void doStop() {
        registry.close();
    }

    @Override
    protected void doShutdown() {
        registry.close();
    }

    /**
     * Resets sign-in latches from a route: the body names the connection, an empty body resets all; the body becomes
     * how many latches were released. For an operator's endpoint, e.g.
     * <pre>{@code
     * from("platform-http:/admin/sign-in-latch/reset?httpMethodRestrict=POST")
     *     .bean(ConnectorClients.AuthLatchReset.class);
     * }</pre>
     * Protect such an endpoint like any other administrative one.
     */
    public static final class AuthLatchReset {

        /** @return how many latches were released */
        @Handler
        public int reset(@Body String connectionName, CamelContext context) {
            ConnectorClients clients = of(context);
            String name = connectionName == null ? "" : connectionName.strip();
            return name.isEmpty() ? clients.resetAuthLatches() : clients.resetAuthLatch(name);
        }
    }
}
