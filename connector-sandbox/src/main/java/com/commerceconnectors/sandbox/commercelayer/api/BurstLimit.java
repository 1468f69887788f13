package com.commerceconnectors.sandbox.commercelayer.api;

import com.commerceconnectors.sandbox.commercelayer.CommerceLayerSettings;
import com.commerceconnectors.sandbox.commercelayer.ratelimit.SlidingWindowLimiter;

import java.time.Clock;

/**
 * The API's burst limit, when the settings turn it on: per client IP and resource type, at most N requests in a
 * sliding window of the sandbox clock; more get 429. Commerce Layer's rate-limit headers do not describe it (they
 * describe the {@link AverageLimit}), so a client learns of a burst only from the 429.
 */
final class BurstLimit {

    private final CommerceLayerSettings settings;
    private final SlidingWindowLimiter limiter = new SlidingWindowLimiter();
    private final Clock clock;

    BurstLimit(CommerceLayerSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** Whether one request of {@code clientIp} to {@code resourceType} is allowed (always, when the limit is off). */
    boolean acquire(String clientIp, String resourceType) {
        int limit = settings.apiBurstLimit();
        return limit == 0 || limiter.acquire(clientIp + " " + resourceType, clock.instant(), limit,
                settings.apiBurstWindow()).allowed();
    }

    void reset() {
        limiter.reset();
    }
}
