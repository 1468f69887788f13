package com.commerceconnectors.commercelayer.health;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.core.camel.ConnectionReadinessCheck;
import com.commerceconnectors.core.check.TestResult;
import org.apache.camel.CamelContext;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedOperation;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The commercelayer readiness checks of one CamelContext: one {@link ConnectionReadinessCheck} per distinct connection
 * its endpoints use, with id {@code commercelayer-<connection name>}, registered while a started endpoint uses it.
 * <p>
 * A check <b>latches</b> an AUTHENTICATION failure and reports it without asking for a token again: Commerce Layer's
 * auth endpoint allows about 30 requests a minute, and a probe retrying refused credentials would spend them for every
 * route. Release a latch after fixing the credentials with JMX operation {@code resetLatches()} of this service, in
 * code with {@code CommerceLayerReadinessChecks.of(context).resetLatches()}, or by restarting the routes; a changed
 * connection gets a new, unlatched check.
 */
@ManagedResource(description = "Commerce Layer connection readiness checks; reset a latched authentication failure here")
public final class CommerceLayerReadinessChecks extends ServiceSupport {

    private static final Logger LOG = LoggerFactory.getLogger(CommerceLayerReadinessChecks.class);
    private static final Object CREATION = new Object();

    private final CamelContext context;
    private final Map<Connection, Entry> entries = new LinkedHashMap<>();

    private CommerceLayerReadinessChecks(CamelContext context) {
        this.context = context;
    }

    /** The context's checks, created and added to the context as a service on first use. */
    public static CommerceLayerReadinessChecks of(CamelContext context) {
        Objects.requireNonNull(context, "context");
        CommerceLayerReadinessChecks existing = context.hasService(CommerceLayerReadinessChecks.class);
        if (existing != null) {
            return existing;
        }
        synchronized (CREATION) {
            existing = context.hasService(CommerceLayerReadinessChecks.class);
            if (existing != null) {
                return existing;
            }
            CommerceLayerReadinessChecks created = new CommerceLayerReadinessChecks(context);
            try {
                context.addService(created, true, true);
            } catch (Exception e) {
                throw new IllegalStateException("Could not add the commercelayer readiness checks to the Camel context ("
                        + e.getClass().getSimpleName() + ")", e);
            }
            return created;
        }
    }

    /**
     * Starts using the check of a connection, creating and registering it for its first user.
     *
     * @param tester runs the connection test (only when the check is not latched)
     * @return what to close when the user (an endpoint) stops
     */
    public synchronized AutoCloseable register(Connection connection, Function<Connection, TestResult> tester) {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(tester, "tester");
        Entry entry = entries.get(connection);
        if (entry == null) {
            String id = freeId("commercelayer-" + connection.name());
            entry = new Entry(new ConnectionReadinessCheck(id, () -> connection, tester));
            entries.put(connection, entry);
            HealthCheckRegistry registry = HealthCheckRegistry.get(context);
            if (registry != null) {
                registry.register(entry.check);
            } else {
                LOG.info("No health check registry in this Camel context: readiness check {} is not registered", id);
            }
        }
        entry.users++;
        boolean[] closed = {false};
        return () -> {
            synchronized (CommerceLayerReadinessChecks.this) {
                if (!closed[0]) {
                    closed[0] = true;
                    release(connection);
                }
            }
        };
    }

    @ManagedAttribute(description = "The ids of the readiness checks, one per connection in use")
    public synchronized List<String> getCheckIds() {
        return entries.values().stream().map(e -> e.check.getId()).toList();
    }

    @ManagedAttribute(description = "The ids of the checks latched by an authentication failure")
    public synchronized List<String> getLatchedCheckIds() {
        return entries.values().stream().filter(e -> e.check.isLatched()).map(e -> e.check.getId()).toList();
    }

    @ManagedOperation(description = "Lets every latched check test its connection again; returns how many were latched")
    public synchronized int resetLatches() {
        int released = 0;
        for (Entry e : entries.values()) {
            if (e.check.isLatched()) {
                e.check.resetLatch();
                released++;
            }
        }
        return released;
    }

    private synchronized void release(Connection connection) {
        Entry entry = entries.get(connection);
        if (entry != null && --entry.users <= 0) {
            entries.remove(connection);
            HealthCheckRegistry registry = HealthCheckRegistry.get(context);
            if (registry != null) {
                registry.unregister(entry.check);
            }
        }
    }

    private String freeId(String base) {
        List<String> taken = getCheckIds();
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    @Override
    protected void doStop() {
        HealthCheckRegistry registry = HealthCheckRegistry.get(context);
        synchronized (this) {
            if (registry != null) {
                entries.values().forEach(e -> registry.unregister(e.check));
            }
            entries.clear();
        }
    }

    private static final class Entry {
        private final ConnectionReadinessCheck check;
        private int users;

        private Entry(ConnectionReadinessCheck check) {
            this.check = check;
        }
    }
}
