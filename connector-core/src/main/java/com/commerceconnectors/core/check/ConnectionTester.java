package com.commerceconnectors.core.check;

import com.commerceconnectors.connection.ConnectionException;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.core.error.SafeUri;
import com.commerceconnectors.core.http.ApiRequest;
import com.commerceconnectors.core.http.ApiResponse;
import com.commerceconnectors.core.http.ConnectorClient;
import com.commerceconnectors.core.http.RetryPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Tests a connection with one cheap authenticated request chosen by the connector, and classifies the outcome into a
 * {@link TestResult}: a category, what happened, and what to do. Never throws, never returns a stack trace or a
 * secret. The probe is sent without retries (the test reports how things are now), but a 401 still gets its one
 * refresh-and-replay, as in real use.
 * <p>
 * A refused authentication is reported as {@link TestCategory#CLOCK_SKEW} when the platform's {@code Date} and this
 * machine's clock differ by more than the allowed skew: signatures and tokens fail then for that reason alone.
 */
public final class ConnectionTester {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionTester.class);
    public static final Duration DEFAULT_MAX_SKEW = Duration.ofMinutes(5);

    private final String connector;
    private final Clock clock;
    private final TestRefiner refiner;
    private final Duration maxSkew;

    public ConnectionTester(String connector) {
        this(connector, Clock.systemUTC(), TestRefiner.none(), DEFAULT_MAX_SKEW);
    }

    public ConnectionTester(String connector, Clock clock, TestRefiner refiner, Duration maxSkew) {
        this.connector = Objects.requireNonNull(connector, "connector");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.refiner = Objects.requireNonNull(refiner, "refiner");
        this.maxSkew = Objects.requireNonNull(maxSkew, "maxSkew");
    }

    /** Sends the probe through the client and classifies the outcome. */
    public TestResult test(ConnectorClient client, ApiRequest probe) {
        String authType = client.authPolicy().type();
        long started = System.nanoTime();
        try {
            ApiResponse response = client.send(probe, RetryPolicy.NONE);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("method", probe.method().name());
            details.put("uri", SafeUri.of(probe.uri()));
            TestResult ok = new TestResult(true, connector, authType, response.status(), elapsed(started), TestCategory.OK,
                    "Connected and authenticated: " + probe.method() + " " + SafeUri.of(probe.uri()) + " answered "
                            + response.status(), null, details);
            return refine(ok, Optional.of(response), Optional.empty());
        } catch (ApiException e) {
            return refine(fromFailure(authType, e, elapsed(started)), Optional.empty(), Optional.of(e));
        } catch (RuntimeException e) {
            LOG.debug("connection test failed unexpectedly", e);
            return unexpected(authType, e, elapsed(started));
        }
    }

    /**
     * Builds the client and tests; a client that cannot be built (a bad connection, an unsupported agent scheme, an
     * auth type not supported) is a CONFIGURATION result.
     */
    public TestResult test(Supplier<ConnectorClient> clientSource, String authType, ApiRequest probe) {
        ConnectorClient client;
        try {
            client = clientSource.get();
        } catch (RuntimeException e) {
            return configurationProblem(authType, e);
        }
        return test(client, probe);
    }

    /** The result for a connection that could not even be loaded or configured. */
    public TestResult configurationProblem(String authType, RuntimeException e) {
        if (e instanceof ApiException api) {
            return refine(fromFailure(authType, api, 0), Optional.empty(), Optional.of(api));
        }
        if (e instanceof ConnectionException ce) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("violations", ce.violations().stream().map(v -> v.toLine()).toList());
            return new TestResult(false, connector, authType, 0, 0, TestCategory.CONFIGURATION, ce.getMessage(),
                    "Fix the connection document; `validate` lists every problem", details);
        }
        return unexpected(authType, e, 0);
    }

    private TestResult fromFailure(String authType, ApiException e, long latencyMs) {
        TestCategory category = TestCategory.of(e);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reason", e.reason().name());
        e.method().ifPresent(m -> details.put("method", m));
        e.safeUri().ifPresent(u -> details.put("uri", u));
        e.platformMessage().ifPresent(m -> details.put("platformMessage", m));
        e.retryAfter().ifPresent(d -> details.put("retryAfterSeconds", d.toSeconds()));
        String message = e.summary();
        String hint = e.advice().orElse(defaultHint(category));
        Optional<Duration> skew = skew(e);
        if (skew.isPresent()) {
            long minutes = skew.get().abs().toMinutes();
            String direction = skew.get().isNegative() ? "behind" : "ahead of";
            category = TestCategory.CLOCK_SKEW;
            message = message + " This machine's clock is " + minutes + " min " + direction + " the server's.";
            hint = "Synchronise this machine's clock (NTP): signed requests and tokens are refused when clocks differ "
                    + "by more than a few minutes";
            details.put("skewSeconds", skew.get().toSeconds());
            details.put("serverTime", e.serverDate().map(Instant::toString).orElse(null));
        }
        return new TestResult(false, connector, authType, e.status(), latencyMs, category, message, hint, details);
    }

    /** How far this machine's clock is ahead of the server's (negative: behind), when auth failed and it is too far. */
    private Optional<Duration> skew(ApiException e) {
        if (e.category() != ErrorCategory.AUTHENTICATION && e.category() != ErrorCategory.AUTHORIZATION
                && e.category() != ErrorCategory.CLOCK_SKEW || e.serverDate().isEmpty()) {
            return Optional.empty();
        }
        Duration d = Duration.between(e.serverDate().get(), clock.instant());
        return d.abs().compareTo(maxSkew) > 0 ? Optional.of(d) : Optional.empty();
    }

    private static String defaultHint(TestCategory category) {
        return switch (category) {
            case OK -> null;
            case CONFIGURATION -> "Check the connection document (baseUri, auth)";
            case AUTHENTICATION -> "The credentials were refused: fix them before testing again — platforms lock an "
                    + "account after a few failed sign-ins";
            case AUTHORIZATION -> "The credentials work but lack permission: grant the account access to the API";
            case NETWORK -> "Check baseUri's host and port, DNS, firewalls and, on premise, the agent";
            case TLS -> "Check the server's certificate and the trust store (sslContextParameters)";
            case CLOCK_SKEW -> "Synchronise this machine's clock (NTP)";
            case RATE_LIMITED -> "Wait a little and test again; lower the request rate of running routes";
            case SERVER -> "The platform failed: retry later; if it persists, check its status and logs";
        };
    }

    private TestResult refine(TestResult result, Optional<ApiResponse> response, Optional<ApiException> failure) {
        try {
            TestResult refined = refiner.refine(result, response, failure);
            return refined == null ? result : refined;
        } catch (RuntimeException e) {
            LOG.debug("test result refiner failed; keeping the generic result", e);
            return result;
        }
    }

    private TestResult unexpected(String authType, RuntimeException e, long latencyMs) {
        return new TestResult(false, connector, authType, 0, latencyMs, TestCategory.CONFIGURATION,
                "The test could not run (" + e.getClass().getSimpleName() + ")",
                "Check the connection's settings; run with --verbose for more", Map.of());
    }

    private static long elapsed(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
