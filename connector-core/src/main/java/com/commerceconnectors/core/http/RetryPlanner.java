package com.commerceconnectors.core.http;

import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.FailureReason;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.DoubleSupplier;

/** Decides, after a failed attempt, whether to try again and after how long; or how to fail. */
final class RetryPlanner {

    /** Either a wait before the next attempt, or the exception to throw. */
    record Plan(Duration delay, ApiException failure) {
        boolean retry() {
            return failure == null;
        }
    }

    private final RetryPolicy policy;
    private final Clock clock;
    private final DoubleSupplier random;

    RetryPlanner(RetryPolicy policy, Clock clock, DoubleSupplier random) {
        this.policy = policy;
        this.clock = clock;
        this.random = random;
    }

    Plan plan(ApiException failure, int attemptsMade, Instant deadline) {
        if (!failure.retryable()) {
            return new Plan(null, failure);
        }
        Instant now = clock.instant();
        if (failure.retryAfter().isPresent() && failure.retryAfter().get().compareTo(policy.maxRetryAfter()) > 0) {
            Duration asked = failure.retryAfter().get();
            Instant when = now.plus(asked).truncatedTo(ChronoUnit.SECONDS);
            return new Plan(null, failure.toBuilder()
                    .reason(FailureReason.RETRY_AFTER_TOO_LONG)
                    .advice("It asked to wait " + asked.toSeconds() + " s, longer than the " + policy.maxRetryAfter().toSeconds()
                            + " s this client waits: retry after " + when)
                    .build());
        }
        if (attemptsMade >= policy.maxAttempts()) {
            return new Plan(null, policy.maxAttempts() == 1 ? failure : note(failure, "Gave up after " + attemptsMade + " attempts"));
        }
        Duration wait = failure.retryAfter().orElseGet(() -> jitter(policy.backoffCeiling(attemptsMade)));
        if (now.plus(wait).isAfter(deadline)) {
            return new Plan(null, note(failure, "Gave up after " + attemptsMade + (attemptsMade == 1 ? " attempt" : " attempts")
                    + ": the retry budget of " + policy.totalBudget().toSeconds() + " s is used up"));
        }
        return new Plan(wait, null);
    }

    private Duration jitter(Duration ceiling) {
        double r = Math.min(Math.max(random.getAsDouble(), 0.0), 1.0);
        return Duration.ofMillis((long) (ceiling.toMillis() * r));
    }

    private static ApiException note(ApiException failure, String note) {
        String advice = failure.advice().map(a -> a.endsWith(".") ? a + " " : a + ". ").orElse("");
        return failure.toBuilder().advice(advice + note).build();
    }
}
