package com.commerceconnectors.sandbox.commercelayer.api;

import com.commerceconnectors.sandbox.commercelayer.ApiEnvironment;
import com.commerceconnectors.sandbox.commercelayer.CommerceLayerSettings;
import com.commerceconnectors.sandbox.commercelayer.ratelimit.RequestClass;
import com.commerceconnectors.sandbox.commercelayer.ratelimit.SlidingWindowLimiter;
import com.commerceconnectors.sandbox.http.SandboxResponse;

import java.time.Clock;
import java.time.Duration;

/**
 * The API's average rate limit, the one Commerce Layer's rate-limit headers describe: per client IP and request
 * class, a number of requests in a sliding minute of the sandbox clock, the number the settings' environment
 * documents. Every answer carries {@code X-Ratelimit-Limit}, {@code X-Ratelimit-Interval} (the window, in seconds)
 * and {@code X-Ratelimit-Remaining}; there is no reset header, since a sliding window never resets. When the
 * settings enforce the limit, the request past it is refused with 429.
 */
final class AverageLimit {

    /** The state of one client's window of one class, as the headers report it. */
    record Window(int limit, int count, Duration interval, boolean allowed) {

        int remaining() {
            return Math.max(0, limit - count);
        }
    }

    private final CommerceLayerSettings settings;
    private final SlidingWindowLimiter limiter = new SlidingWindowLimiter();
    private final Clock clock;

    AverageLimit(CommerceLayerSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** Counts one request; refused (and then not counted) only when the limit is enforced and reached. */
    Window acquire(String clientIp, RequestClass requestClass) {
        int limit = settings.apiEnvironment().averageLimit(requestClass);
        String key = key(clientIp, requestClass);
        if (settings.apiAverageLimitEnforced()) {
            SlidingWindowLimiter.Decision decision =
                    limiter.acquire(key, clock.instant(), limit, ApiEnvironment.AVERAGE_WINDOW);
            return new Window(limit, decision.count(), ApiEnvironment.AVERAGE_WINDOW, decision.allowed());
        }
        int count = limiter.record(key, clock.instant(), ApiEnvironment.AVERAGE_WINDOW);
        return new Window(limit, count, ApiEnvironment.AVERAGE_WINDOW, true);
    }

    /** The window as it stands, counting nothing: for answers given before the limit is applied. */
    Window peek(String clientIp, RequestClass requestClass) {
        int limit = settings.apiEnvironment().averageLimit(requestClass);
        int count = limiter.count(key(clientIp, requestClass), clock.instant(), ApiEnvironment.AVERAGE_WINDOW);
        return new Window(limit, count, ApiEnvironment.AVERAGE_WINDOW, true);
    }

    static SandboxResponse withHeaders(SandboxResponse response, Window window) {
        return response.withHeader("X-Ratelimit-Limit", Integer.toString(window.limit()))
                .withHeader("X-Ratelimit-Interval", Long.toString(window.interval().toSeconds()))
                .withHeader("X-Ratelimit-Remaining", Integer.toString(window.remaining()));
    }

    void reset() {
        limiter.reset();
    }

    private static String key(String clientIp, RequestClass requestClass) {
        return clientIp + " " + requestClass;
    }
}
