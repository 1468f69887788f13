package com.commerceconnectors.core.camel;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.core.auth.AuthLatch;
import com.commerceconnectors.core.auth.AuthLatches;
import com.commerceconnectors.core.check.TestCategory;
import com.commerceconnectors.core.check.TestResult;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.core.error.FailureReason;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A readiness check that runs a connection test. A readiness probe is a retry loop, and six failed sign-ins lock a
 * Magento admin for 30 minutes: so the check obeys the connection's sign-in {@link AuthLatch}, the one its
 * consumers and producers obey too. After an AUTHENTICATION failure — a refused sign-in of any of them, or this
 * check's own test — the check reports that failure as DOWN and <b>latched</b> without calling the platform again,
 * until the back-off passes, the connection changes (new credentials) or an operator resets the latch: with
 * {@link #resetLatch()} here, or on the context's {@link ConnectorClients} — one latch, so resetting either resets
 * both. Details are those of the {@link TestResult}: sanitized, no secrets, no stack traces.
 */
public final class ConnectionReadinessCheck extends AbstractHealthCheck {

    private final Supplier<Connection> connection;
    private final Function<Connection, TestResult> tester;
    private final AuthLatches latches;
    private final Clock clock;
    private final Duration backoff;

    /** The result shown for the latch as it is, so that a latched probe needs no test at all. */
    private Shown shown;

    /**
     * A check with sign-in latches of its own, shared with no client; for a check outside a CamelContext's registry.
     *
     * @param id         the check's id, e.g. {@code magento2-shop}
     * @param connection the connection as it is now (a changed connection has another latch)
     * @param tester     runs the connector's connection test
     */
    public ConnectionReadinessCheck(String id, Supplier<Connection> connection, Function<Connection, TestResult> tester) {
        this(id, connection, tester, new AuthLatches());
    }

    /**
     * A check that obeys the latches the connection's clients obey ({@link ConnectorClients#authLatches()}).
     *
     * @param latches the latches of the registry whose clients the tester uses
     */
    public ConnectionReadinessCheck(String id, Supplier<Connection> connection, Function<Connection, TestResult> tester,
                                    AuthLatches latches) {
        this(id, connection, tester, latches, Clock.systemUTC(), AuthLatch.DEFAULT_BACKOFF);
    }

    /**
     * @param clock   measures the back-off of a latch this check closes itself (one its clients closed is measured
     *                on their clock)
     * @param backoff how long a failure this check latches itself (a refused bearer token, say) stops further tests
     */
    public ConnectionReadinessCheck(String id, Supplier<Connection> connection, Function<Connection, TestResult> tester,
                                    AuthLatches latches, Clock clock, Duration backoff) {
        super("commerce-connectors", id);
        this.connection = Objects.requireNonNull(connection, "connection");
        this.tester = Objects.requireNonNull(tester, "tester");
        this.latches = Objects.requireNonNull(latches, "latches");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
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
        AuthLatch latch = latches.latchFor(current);
        Optional<AuthLatch.Latched> before = latch.latched();
        synchronized (this) {
            if (before.isPresent() && shown != null && shown.latched() == before.get()) {
                report(builder, current, shown.result(), before);
                return;
            }
        }
        // latched by a client: the test fails at once through the client's token cache, with the connector's words
        TestResult result = tester.apply(current);
        if (!result.ok() && result.category() == TestCategory.AUTHENTICATION) {
            AuthLatch.Latched latched = latch.latched().orElseGet(() -> latch.refused(refusal(result), clock, backoff));
            TestResult latchedResult = result.withMessage(latched.appendTo(result.message()));
            synchronized (this) {
                shown = new Shown(latched, latchedResult);
            }
            report(builder, current, latchedResult, Optional.of(latched));
            return;
        }
        report(builder, current, result, latch.latched());
    }

    /** Lets the next call test again (after an operator fixed the credentials on the platform's side). */
    public void resetLatch() {
        current().ifPresent(c -> latches.latchFor(c).reset());
    }

    /** Whether the connection's sign-in is latched now. */
    public boolean isLatched() {
        return current().map(c -> latches.latchFor(c).latched().isPresent()).orElse(false);
    }

    /** The connection, or empty when it cannot be had now (a doCall reports that). */
    private Optional<Connection> current() {
        try {
            return Optional.ofNullable(connection.get());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A test's refusal as the failure callers get while this check holds the latch. */
    private static ApiException refusal(TestResult result) {
        return ApiException.builder(ErrorCategory.AUTHENTICATION,
                        result.httpStatus() > 0 ? FailureReason.HTTP_STATUS : FailureReason.OTHER)
                .status(result.httpStatus())
                .summary(result.message())
                .advice(result.hint())
                .build();
    }

    private static void report(HealthCheckResultBuilder builder, Connection connection, TestResult result,
                               Optional<AuthLatch.Latched> latched) {
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
        builder.detail("latched", latched.isPresent());
        latched.ifPresent(l -> {
            builder.detail("latchedSince", l.since().toString());
            builder.detail("latchedUntil", l.until().toString());
        });
        builder.message(result.message());
        if (result.ok()) {
            builder.up();
        } else {
            builder.down();
        }
    }

    private record Shown(AuthLatch.Latched latched, TestResult result) {
    }
}
