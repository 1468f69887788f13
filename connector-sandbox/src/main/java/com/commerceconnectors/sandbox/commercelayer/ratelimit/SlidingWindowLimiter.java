package com.commerceconnectors.sandbox.commercelayer.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts requests per key in a sliding window of the sandbox clock, as Commerce Layer's limits do: a request is
 * allowed when fewer than {@code limit} allowed requests of the same key arrived in the {@code window} before it.
 * Refused requests do not count, so a client that backs off is served again once the window has slid on. There is
 * no fixed reset instant, which is why the real API sends no reset header.
 */
public final class SlidingWindowLimiter {

    private final Map<String, Deque<Instant>> arrivals = new HashMap<>();

    /** The outcome of one request: allowed or not, and the count in the window including it. */
    public record Decision(boolean allowed, int count, int limit, Duration window) {

        public int remaining() {
            return Math.max(0, limit - count);
        }
    }

    /** Decides for one request of {@code key} at {@code now}, under the limit and window in force now. */
    public synchronized Decision acquire(String key, Instant now, int limit, Duration window) {
        Deque<Instant> times = slide(key, now, window);
        if (times.size() >= limit) {
            return new Decision(false, times.size(), limit, window);
        }
        times.addLast(now);
        return new Decision(true, times.size(), limit, window);
    }

    /** Counts one request of {@code key} at {@code now} whatever the count; returns the count including it. */
    public synchronized int record(String key, Instant now, Duration window) {
        Deque<Instant> times = slide(key, now, window);
        times.addLast(now);
        return times.size();
    }

    /** The requests of {@code key} counted in the {@code window} before {@code now}; records nothing. */
    public synchronized int count(String key, Instant now, Duration window) {
        return slide(key, now, window).size();
    }

    private Deque<Instant> slide(String key, Instant now, Duration window) {
        Deque<Instant> times = arrivals.computeIfAbsent(key, k -> new ArrayDeque<>());
        Instant horizon = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
            times.removeFirst();
        }
        return times;
    }

    /** Forgets every key's history. */
    public synchronized void reset() {
        arrivals.clear();
    }
}
