package com.commerceconnectors.oro.health;

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
 * The oro readiness checks of one CamelContext: one {@link ConnectionReadinessCheck} per distinct connection (and API
 * path) the context's oro endpoints use, with id {@code oro-<connection name>}, registered with Camel's health check
 * registry while at least one started endpoint uses it.
 * <p>
 * A check <b>latches</b> an AUTHENTICATION failure: it reports it without calling Oro again until an operator resets
 * it — through JMX ({@code resetLatches()}, {@code resetLatch(checkId)}), in code
 * ({@code OroReadinessChecks.of(context).resetLatches()}), or by restarting the routes that use the connection. A
 * WSSE key or OAuth client that Oro refuses will be refused again; probing it every few seconds only fills Oro's log.
 */
@ManagedResource(description = "Oro connection readiness checks; reset a latched authentication failure here")
public final class OroReadinessChecks extends ServiceSupport {

    private static final Logger LOG = LoggerFactory.getLogger(OroReadinessChecks.class);
    private static final Object CREATION = new Object();

    private final CamelContext context;
    private final Map<ConnectionIdentity, Entry> entries = new LinkedHashMap<>();

    private OroReadinessChecks(CamelContext context) {
        this.context = context;
    }

    /** The context's checks, created and added to the context as a service on first use. */
    public static OroReadinessChecks of(CamelContext context) {
        Objects.requireNonNull(context, "context");
        OroReadinessChecks existing = context.hasService(OroReadinessChecks.class);
        if (existing != null) {
            return existing;
        }
        synchronized (CREATION) {
            existing = context.hasService(OroReadinessChecks.class);
            if (existing != null) {
                return existing;
            }
            OroReadinessChecks created = new OroReadinessChecks(context);
            try {
                context.addService(created, true, true);
            } catch (Exception e) {
                throw new IllegalStateException("Could not add the oro readiness checks to the Camel context ("
                        + e.getClass().getSimpleName() + ")", e);
            }
            return created;
        }
    }

    /**
     * Starts using the readiness check of a connection, creating and registering it for its first user.
     *
     * @param tester runs the connection test (called only while the check is not latched)
     * @return what to close when the user (an endpoint) stops
     */
    public synchronized Registration register(Connection connection, Function<Connection, TestResult> tester) {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(tester, "tester");
        ConnectionIdentity identity = ConnectionIdentity.of(connection);
        Entry entry = entries.computeIfAbsent(identity, i -> {
            ConnectionReadinessCheck check = new ConnectionReadinessCheck(freeId("oro-" + connection.name()), () -> connection, tester);
            HealthCheckRegistry registry = HealthCheckRegistry.get(context);
            if (registry != null) {
                registry.register(check);
            } else {
                LOG.info("No health check registry in this Camel context: readiness check {} is not registered", check.getId());
            }
            return new Entry(check);
        });
        entry.users++;
        return new Registration(identity);
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
        if (released > 0) {
            LOG.info("Released {} latched oro readiness check(s); the next probe tests again", released);
        }
        return released;
    }

    @ManagedOperation(description = "Lets one check test its connection again; false when no check has this id")
    public synchronized boolean resetLatch(String checkId) {
        for (Entry e : entries.values()) {
            if (e.check.getId().equals(checkId)) {
                e.check.resetLatch();
                return true;
            }
        }
        return false;
    }

    private synchronized void release(ConnectionIdentity identity) {
        Entry entry = entries.get(identity);
        if (entry != null && --entry.users <= 0) {
            entries.remove(identity);
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

    /** One endpoint's use of a check; closing it unregisters the check when no endpoint uses it any more. */
    public final class Registration implements AutoCloseable {
        private final ConnectionIdentity identity;
        private boolean closed;

        private Registration(ConnectionIdentity identity) {
            this.identity = identity;
        }

        @Override
        public void close() {
            synchronized (OroReadinessChecks.this) {
                if (!closed) {
                    closed = true;
                    release(identity);
                }
            }
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
