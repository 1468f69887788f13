package com.commerceconnectors.sandbox.commercelayer;

import com.commerceconnectors.sandbox.commercelayer.ratelimit.RequestClass;

import java.time.Duration;

/**
 * Test or live, the two environments of a Commerce Layer organization, with the API rate limits Commerce Layer
 * documents for each (docs.commercelayer.io/core/rate-limits): an average limit per IP and request class over a
 * sliding minute, and a burst limit per IP and endpoint over a sliding 10 seconds.
 */
public enum ApiEnvironment {
    /** Test: on average 500 cacheable reads, 100 other reads, 100 writes a minute; bursts of 125, 25, 25. */
    TEST(500, 100, 100, 125, 25, 25),
    /** Live: on average 1000 cacheable reads, 200 other reads, 200 writes a minute; bursts of 250, 50, 50. */
    LIVE(1000, 200, 200, 250, 50, 50);

    /** The window of the average limits. */
    public static final Duration AVERAGE_WINDOW = Duration.ofMinutes(1);
    /** The window of the burst limits. */
    public static final Duration BURST_WINDOW = Duration.ofSeconds(10);

    private final int[] average;
    private final int[] burst;

    ApiEnvironment(int cacheableAverage, int uncacheableAverage, int writeAverage, int cacheableBurst,
                   int uncacheableBurst, int writeBurst) {
        this.average = new int[] {cacheableAverage, uncacheableAverage, writeAverage};
        this.burst = new int[] {cacheableBurst, uncacheableBurst, writeBurst};
    }

    /** Requests of a class allowed per IP in any sliding {@link #AVERAGE_WINDOW}. */
    public int averageLimit(RequestClass requestClass) {
        return average[requestClass.ordinal()];
    }

    /** Requests allowed per IP to one endpoint of a class in any sliding {@link #BURST_WINDOW}. */
    public int burstLimit(RequestClass requestClass) {
        return burst[requestClass.ordinal()];
    }
}
