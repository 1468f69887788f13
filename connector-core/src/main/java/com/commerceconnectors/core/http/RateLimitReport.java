package com.commerceconnectors.core.http;

import java.time.Duration;
import java.util.Objects;

/**
 * What one answer's rate-limit headers said about the window the request was counted in.
 *
 * @param limit     requests the window allows
 * @param remaining requests left in it after this one
 * @param interval  the window's length (a sliding window: requests leave it this long after they arrived)
 */
public record RateLimitReport(int limit, int remaining, Duration interval) {

    public RateLimitReport {
        Objects.requireNonNull(interval, "interval");
        if (limit < 1 || remaining < 0 || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("not a usable rate-limit report: limit " + limit + ", remaining "
                    + remaining + ", interval " + interval);
        }
    }
}
