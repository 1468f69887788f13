package com.commerceconnectors.core.camel;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.core.check.TestCategory;
import com.commerceconnectors.core.check.TestResult;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A readiness check that runs a connection test. A readiness probe is a retry loop, and six failed sign-ins lock a
 * Magento admin for 30 minutes: so after one AUTHENTICATION failure the check is <b>latched</b> — it reports that
 * failure without calling the platform again until the connection changes (new credentials) or an operator calls
 * {@link #resetLatch()}. Details are those of the {@link TestResult}: sanitized, no secrets, no stack traces.
 */
public final class ConnectionReadinessCheck extends AbstractHealthCheck {

    private final Supplier<Connection> connection;
    private final Function<Connection, TestResult> tester;

    private Latch latch;

    /**
     * @param id         the check's id, e.g. {@code magento2-shop}
     * @param connection the connection as it is now (a changed connection releases the latch)
     * @param tester     runs the connector's connection test
     */
    public ConnectionReadinessCheck(String id, Supplier<Connection> connection, Function<Connection, TestResult> tester) {
        super("commerce-connectors", id);
        this.connection = Objects.requireNonNull(connection, "connection");
        this.tester = Objects.requireNonNull(tester, "tester");
    }

    @Override
    public boolean isLiveness() {
        // a platform being down does not make this application dead; restarting it would not help
        return false;
    }

    @Override
    public boolean isReadiness() {
        return true;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        Connection current;
        try {
            current = connection.get();
        } catch (RuntimeException e) {
            builder.down().message("The connection is not available (" + e.getClass().getSimpleName() + ")");
            return;
        }
        synchronized (this) {
            if (latch != null && latch.connection().equals(current)) {
                report(builder, current, latch.result(), true);
                return;
            }
            latch = null;
        }
        TestResult result = tester.apply(current);
        boolean latched = false;
        if (!result.ok() && result.category() == TestCategory.AUTHENTICATION) {
            synchronized (this) {
                latch = new Latch(current, result);
            }
            latched = true;
        }
        report(builder, current, result, latched);
    }

    /** Lets the next call test again (after an operator fixed the credentials on the platform's side). */
    public synchronized void resetLatch() {
        latch = null;
    }

    public synchronized boolean isLatched() {
        return latch != null;
    }

    private static void report(HealthCheckResultBuilder builder, Connection connection, TestResult result, boolean latched) {
        builder.detail("connection", connection.name());
        builder.detail("connector", result.connector());
        builder.detail("authType", result.authType());
        builder.detail("category", result.category().name());
        if (result.httpStatus() > 0) {
            builder.detail(HealthCheck.HTTP_RESPONSE_CODE, result.httpStatus());
        }
        builder.detail("latencyMs", result.latencyMs());
        if (result.hint() != null) {
            builder.detail("hint", result.hint());
        }
        builder.detail("latched", latched);
        String message = result.message();
        if (latched) {
            message = message + " Not tested again until the connection changes or the latch is reset, so that "
                    + "repeated probes do not lock the account.";
        }
        builder.message(message);
        if (result.ok()) {
            builder.up();
        } else {
            builder.down();
        }
    }

    private record Latch(Connection connection, TestResult result) {
    }
}
