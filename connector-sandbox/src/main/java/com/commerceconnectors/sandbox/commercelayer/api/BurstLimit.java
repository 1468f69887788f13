package com.commerceconnectors.sandbox.commercelayer.api;

import com.commerceconnectors.sandbox.commercelayer.CommerceLayerSettings;
import com.commerceconnectors.sandbox.commercelayer.jsonapi.ErrorDocument;
import com.commerceconnectors.sandbox.commercelayer.jsonapi.JsonApiException;
import com.commerceconnectors.sandbox.commercelayer.ratelimit.SlidingWindowLimiter;
import com.commerceconnectors.sandbox.commercelayer.ratelimit.SlidingWindowLimiter.Decision;
import com.commerceconnectors.sandbox.http.SandboxResponse;

import java.time.Clock;
import java.util.Optional;

/**
 * The API's burst limit, when the settings turn it on: per resource type, at most N requests in a sliding window
 * of the sandbox clock. A refused request gets 429, with {@code Retry-After} only if the settings ask for it; every
 * answer under the limit carries {@code X-Ratelimit-Limit}, {@code -Count}, {@code -Interval} (seconds) and
 * {@code -Remaining}, the headers clients throttle on.
 */
final class BurstLimit {

    private final CommerceLayerSettings settings;
    private final SlidingWindowLimiter limiter = new SlidingWindowLimiter();
    private final Clock clock;

    BurstLimit(CommerceLayerSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** The decision for one request to {@code resourceType}, or empty when the limit is off. */
    Optional<Decision> acquire(String resourceType) {
        int limit = settings.apiBurstLimit();
        if (limit == 0) {
            return Optional.empty();
        }
        return Optional.of(limiter.acquire(resourceType, clock.instant(), limit, settings.apiBurstWindow()));
    }

    SandboxResponse refused(Decision decision) {
        SandboxResponse response = withHeaders(ErrorDocument.of(JsonApiException.tooManyRequests()), decision);
        if (settings.apiRetryAfter() != null) {
            response = response.withHeader("Retry-After", Long.toString(settings.apiRetryAfter().toSeconds()));
        }
        return response;
    }

    static SandboxResponse withHeaders(SandboxResponse response, Decision decision) {
        return response.withHeader("X-Ratelimit-Limit", Integer.toString(decision.limit()))
                .withHeader("X-Ratelimit-Count", Integer.toString(decision.count()))
                .withHeader("X-Ratelimit-Interval", Long.toString(decision.window().toSeconds()))
                .withHeader("X-Ratelimit-Remaining", Integer.toString(decision.remaining()));
    }

    void reset() {
        limiter.reset();
    }
}
