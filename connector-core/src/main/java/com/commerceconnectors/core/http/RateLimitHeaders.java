package com.commerceconnectors.core.http;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** Reads a platform's rate-limit headers; each platform names its own. */
@FunctionalInterface
public interface RateLimitHeaders {

    /** The answer's report; empty when it carries none, or none that can be read. */
    Optional<RateLimitReport> read(ApiResponse response);

    /**
     * Headers of a limit, the requests left and the window in whole seconds, e.g. Commerce Layer's
     * {@code X-Ratelimit-Limit}, {@code X-Ratelimit-Remaining} and {@code X-Ratelimit-Interval}.
     */
    static RateLimitHeaders named(String limit, String remaining, String intervalSeconds) {
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(remaining, "remaining");
        Objects.requireNonNull(intervalSeconds, "intervalSeconds");
        return response -> {
            Optional<Long> l = number(response, limit);
            Optional<Long> r = number(response, remaining);
            Optional<Long> i = number(response, intervalSeconds);
            if (l.isEmpty() || r.isEmpty() || i.isEmpty() || l.get() < 1 || l.get() > Integer.MAX_VALUE
                    || r.get() < 0 || i.get() < 1) {
                return Optional.empty();
            }
            return Optional.of(new RateLimitReport(l.get().intValue(), (int) Math.min(r.get(), l.get()),
                    Duration.ofSeconds(i.get())));
        };
    }

    private static Optional<Long> number(ApiResponse response, String header) {
        return response.header(header).flatMap(v -> {
            try {
                return Optional.of(Long.parseLong(v.strip()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }
}
