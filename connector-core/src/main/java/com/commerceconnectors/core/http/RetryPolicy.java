package com.commerceconnectors.core.http;

import java.time.Duration;
import java.util.Objects;

/**
 * How hard {@link ConnectorClient} tries. What may be retried at all is decided by
 * {@link com.commerceconnectors.core.error.Retryability}; this only bounds how often and how long.
 *
 * @param maxAttempts    attempts in all, the first included (a 401 refresh-and-replay is not counted)
 * @param initialBackoff the ceiling of the first back-off; each later one doubles it (full jitter: a random wait
 *                       between zero and the ceiling, so many clients do not retry in lockstep)
 * @param maxBackoff     the largest back-off ceiling
 * @param maxRetryAfter  the longest {@code Retry-After} honoured; a longer one fails at once, saying when to retry
 * @param totalBudget    no retry is started that would end later than this after the first attempt began
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter,
                          Duration totalBudget) {

    public static final RetryPolicy DEFAULT = new RetryPolicy(4, Duration.ofMillis(500), Duration.ofSeconds(30),
            Duration.ofSeconds(60), Duration.ofMinutes(2));

    /** One attempt, no retries (a 401 may still be replayed once with fresh credentials). */
    public static final RetryPolicy NONE = new RetryPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO);

    public RetryPolicy {
        Objects.requireNonNull(initialBackoff, "initialBackoff");
        Objects.requireNonNull(maxBackoff, "maxBackoff");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        Objects.requireNonNull(totalBudget, "totalBudget");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    public RetryPolicy withMaxAttempts(int attempts) {
        return new RetryPolicy(attempts, initialBackoff, maxBackoff, maxRetryAfter, totalBudget);
    }

    public RetryPolicy withTotalBudget(Duration budget) {
        return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, maxRetryAfter, budget);
    }

    public RetryPolicy withMaxRetryAfter(Duration max) {
        return new RetryPolicy(maxAttempts, initialBackoff, maxBackoff, max, totalBudget);
    }

    /** The back-off ceiling before attempt {@code attemptsMade + 1}: initial × 2^(attemptsMade − 1), capped. */
    public Duration backoffCeiling(int attemptsMade) {
        long factor = 1L << Math.min(Math.max(attemptsMade - 1, 0), 30);
        Duration d = initialBackoff.multipliedBy(factor);
        return d.compareTo(maxBackoff) > 0 || d.isNegative() ? maxBackoff : d;
    }
}
