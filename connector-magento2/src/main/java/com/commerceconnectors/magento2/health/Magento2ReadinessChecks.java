package com.commerceconnectors.magento2.health;

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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The magento2 readiness checks of one CamelContext: one {@link ConnectionReadinessCheck} per distinct connection the
 * context's magento2 endpoints use, with id {@code magento2-<connection name>}, registered with Camel's health check
 * registry while at least one started endpoint uses the connection.
 * <p>
 * A check <b>latches</b> an AUTHENTICATION failure: it reports it without calling Magento again, however often the
 * probe runs, because six failed sign-ins lock a Magento admin for 30 minutes. An operator releases a latch after
 * fixing the credentials on Magento's side by one of:
 * <ul>
 *   <li>JMX: this service's operations {@code resetLatches()} and {@code resetLatch(checkId)} (Camel exposes it when
 *       camel-management is on the classpath and JMX is enabled);</li>
 *   <li>code: {@code Magento2ReadinessChecks.of(context).resetLatches()}, or
 *       {@code HealthCheckHelper.getHealthCheck(context, "magento2-shop", ConnectionReadinessCheck.class).resetLatch()};</li>
 *   <li>re-creating the check: stopping and starting the routes that use the connection, or the context; a changed
 *       connection (new credentials in the document) gets a new, unlatched check.</li>
 * </ul>
 */
@ManagedResource(description = "Magento 2 connection readiness checks; reset a latched authentication failure here")
public final class Magento2ReadinessChecks extends ServiceSupport {

    private static final Logger LOG = LoggerFactory.getLogger(Magento2ReadinessChecks.class);
    private static final Object CREATION = new Object();

    private final CamelContext context;
    private final Map<ConnectionIdentity, Entry> entries = new LinkedHashMap<>();

    private Magento2ReadinessChecks(CamelContext context) {
        this.context = context;
    }

    /** The context's checks, created and added to the context as a service on first use. */
    public static Magento2ReadinessChecks of(CamelContext context) {
        Objects.requireNonNull(context, "context");
        Magento2ReadinessChecks existing = context.hasService(Magento2ReadinessChecks.class);
        if (existing != null) {
            return existing;
        }
        synchronized (CREATION) {
            existing = context.hasService(Magento2ReadinessChecks.class);
            if (existing != null) {
                return existing;
            }
            Magento2ReadinessChecks created = new Magento2ReadinessChecks(context);
            try {
                context.addService(created, true, true);
            } catch (Exception e) {
                throw new IllegalStateException("Could not add the magento2 readiness checks to the Camel context ("
                        + e.getClass().getSimpleName() + ")", e);
            }
            return created;
        }
    }

    /**
     * Starts using the readiness check of a connection, creating and registering it when this is its first user.
     *
     * @param tester runs the connection test (it is called only when the check is not latched)
     * @return what to close when the user (an endpoint) stops
     */
    public synchronized Registration register(Connection connection, Function<Connection, TestResult> tester) {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(tester, "tester");
        ConnectionIdentity identity = ConnectionIdentity.of(connection);
        Entry entry = entries.get(identity);
        if (entry == null) {
            String id = freeId("magento2-" + connection.name());
            ConnectionReadinessCheck check = new ConnectionReadinessCheck(id, () -> connection, tester);
            entry = new Entry(check);
            entries.put(identity, entry);
            HealthCheckRegistry registry = HealthCheckRegistry.get(context);
            if (registry != null) {
                registry.register(check);
            } else {
                LOG.info("No health check registry in this Camel context: readiness check {} is not registered", id);
            }
        }
        entry.users++;
        return new Registration(identity);
    }

    /** The check with this id, if an endpoint uses it. */
    public synchronized Optional<ConnectionReadinessCheck> check(String checkId) {
        return entries.values().stream().map(e -> e.check).filter(c -> c.getId().equals(checkId)).findFirst();
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
            LOG.info("Released {} latched magento2 readiness check(s); the next probe tests again", released);
        }
        return released;
    }

    @ManagedOperation(description = "Lets one check test its connection again; false when no check has this id")
    public synchronized boolean resetLatch(String checkId) {
        Optional<ConnectionReadinessCheck> check = check(checkId);
        check.ifPresent(c -> {
            c.resetLatch();
            LOG.info("Released readiness check {}; the next probe tests again", checkId);
        });
        return check.isPresent();
    }

    private synchronized void release(ConnectionIdentity identity) {
        Entry entry = entries.get(identity);
        if (entry == null) {
            return;
        }
        entry.users--;
        if (entry.users <= 0) {
            entries.remove(identity);
            HealthCheckRegistry registry = HealthCheckRegistry.get(context);
            if (registry != null) {
                registry.unregister(entry.check);
            }
        }
    }

    private String freeId(String base) {
        List<String> taken = new ArrayList<>(getCheckIds());
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
            synchronized (Magento2ReadinessChecks.this) {
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
