package com.commerceconnectors.core.camel;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.core.check.TestResult;
import org.apache.camel.CamelContext;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedOperation;
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
 * The readiness checks of one connector in one CamelContext: one {@link ConnectionReadinessCheck} per distinct
 * connection the context's endpoints use, with id {@code <prefix>-<connection name>} ({@code -2}, {@code -3} … when
 * two distinct connections share a name), registered with Camel's health check registry while at least one started
 * endpoint uses it.
 * <p>
 * Each connector has a subclass that is a CamelContext service (found with {@link #of}), names the id prefix, and says
 * which parts of a connection decide whether two endpoints share a check (the key). Camel's management assembler
 * reads the {@link ManagedAttribute} and {@link ManagedOperation} methods of superclasses, so the JMX operations
 * {@code resetLatches()} and {@code resetLatch(checkId)} declared here appear on each subclass's MBean; the subclass
 * carries the {@code @ManagedResource} description.
 * <p>
 * The checks obey the sign-in latches of the context's {@link ConnectorClients}, which its consumers and producers
 * obey too: resetting a check's latch here lets them sign in again as well, and
 * {@link ConnectorClients#resetAuthLatch(String)} releases the checks.
 *
 * @param <K> what identifies a connection for this connector: endpoints with equal keys share one check
 */
public abstract class ConnectionReadinessChecks<K> extends ServiceSupport {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionReadinessChecks.class);
    private static final Object CREATION = new Object();

    private final CamelContext context;
    private final String prefix;
    private final Function<Connection, K> key;
    private final Map<K, Entry> entries = new LinkedHashMap<>();

    /**
     * @param context the context whose health check registry receives the checks
     * @param prefix  the connector's name, the first part of each check id (e.g. {@code magento2})
     * @param key     the parts of a connection that decide whether two endpoints share a check
     */
    protected ConnectionReadinessChecks(CamelContext context, String prefix, Function<Connection, K> key) {
        this.context = Objects.requireNonNull(context, "context");
        this.prefix = Objects.requireNonNull(prefix, "prefix");
        this.key = Objects.requireNonNull(key, "key");
    }

    /**
     * The context's service of this type, created with {@code factory} and added to the context on first use. Each
     * subclass's static {@code of(CamelContext)} delegates here.
     */
    protected static <T extends ConnectionReadinessChecks<?>> T of(
            CamelContext context, Class<T> type, Function<CamelContext, T> factory) {
        Objects.requireNonNull(context, "context");
        T existing = context.hasService(type);
        if (existing != null) {
            return existing;
        }
        synchronized (CREATION) {
            existing = context.hasService(type);
            if (existing != null) {
                return existing;
            }
            T created = factory.apply(context);
            try {
                context.addService(created, true, true);
            } catch (Exception e) {
                throw new IllegalStateException("Could not add the " + ((ConnectionReadinessChecks<?>) created).prefix
                        + " readiness checks to the Camel context (" + e.getClass().getSimpleName() + ")", e);
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
        K k = key.apply(connection);
        Entry entry = entries.get(k);
        if (entry == null) {
            String id = freeId(prefix + "-" + connection.name());
            ConnectionReadinessCheck check = new ConnectionReadinessCheck(id, () -> connection, tester,
                    ConnectorClients.of(context).authLatches());
            entry = new Entry(check);
            entries.put(k, entry);
            HealthCheckRegistry registry = HealthCheckRegistry.get(context);
            if (registry != null) {
                registry.register(check);
            } else {
                LOG.info("No health check registry in this Camel context: readiness check {} is not registered", id);
            }
        }
        entry.users++;
        return new Registration(this, k);
    }

    /** The check with this id, if an endpoint uses it. */
    public synchronized Optional<ConnectionReadinessCheck> check(String checkId) {
        return entries.values().stream().map(e -> e.check).filter(c -> c.getId().equals(checkId)).findFirst();
    }

    @ManagedAttribute(description = "The ids of the readiness checks, one per connection in use")
    public synchronized List<String> getCheckIds() {
        return entries.values().stream().map(e -> e.check.getId()).toList();
    }

    @ManagedAttribute(description = "The ids of the checks whose connection's sign-in is latched by an authentication failure")
    public synchronized List<String> getLatchedCheckIds() {
        return entries.values().stream().filter(e -> e.check.isLatched()).map(e -> e.check.getId()).toList();
    }

    @ManagedOperation(description = "Lets every latched check test its connection, and its endpoints sign in, again;"
            + " returns how many were latched")
    public synchronized int resetLatches() {
        int released = 0;
        for (Entry e : entries.values()) {
            if (e.check.isLatched()) {
                e.check.resetLatch();
                released++;
            }
        }
        if (released > 0) {
            LOG.info("Released {} latched {} readiness check(s); the next probe tests again", released, prefix);
        }
        return released;
    }

    @ManagedOperation(description = "Lets one check test its connection, and its endpoints sign in, again; false when no"
            + " check has this id")
    public synchronized boolean resetLatch(String checkId) {
        Optional<ConnectionReadinessCheck> check = check(checkId);
        check.ifPresent(c -> {
            c.resetLatch();
            LOG.info("Released readiness check {}; the next probe tests again", checkId);
        });
        return check.isPresent();
    }

    private synchronized void release(Object k) {
        Entry entry = entries.get(k);
        if (entry == null) {
            return;
        }
        entry.users--;
        if (entry.users <= 0) {
            entries.remove(k);
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
    public static final class Registration implements AutoCloseable {
        private final ConnectionReadinessChecks<?> owner;
        private final Object key;
        private boolean closed;

        private Registration(ConnectionReadinessChecks<?> owner, Object key) {
            this.owner = owner;
            this.key = key;
        }

        /** Releases this use; closing twice releases once. */
        @Override
        public void close() {
            synchronized (owner) {
                if (!closed) {
                    closed = true;
                    owner.release(key);
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
