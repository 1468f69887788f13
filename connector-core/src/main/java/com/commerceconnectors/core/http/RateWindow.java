package com.commerceconnectors.core.http;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * One sliding rate-limit window as this process sees it: the limit and interval the platform's last answer reported,
 * the requests this process sent in it, and how many of the requests the platform counted were not this process's
 * (other machines behind the same address, requests from before it started).
 * <p>
 * A request may go when the window holds fewer than the limit, counting both; and requests are spaced by
 * {@code interval / limit}, the rate the limit allows on average, so the window never fills faster than it drains and
 * shorter windows a platform enforces without announcing them (Commerce Layer's bursts, which allow more than the
 * average rate over their 10 s) are not reached either. Until the platform has reported a limit nothing waits.
 */
final class RateWindow {

    /** More sends than any platform's window counts; the log never grows past it. */
    private static final int MAX_LOG = 100_000;

    private final Deque<Instant> sends = new ArrayDeque<>();
    private int limit;
    private Duration interval = Duration.ZERO;
    private int others;
    private Instant othersUntil = Instant.MIN;

    /**
     * Counts a request as sent now and answers {@link Duration#ZERO}, or answers how long to wait before asking again
     * (counting nothing).
     */
    synchronized Duration reserve(Instant now) {
        if (limit > 0) {
            slide(now);
            Duration wait = Duration.ZERO;
            if (!sends.isEmpty()) {
                wait = until(now, sends.peekLast().plus(interval.dividedBy(limit)));
            }
            int otherCount = now.isBefore(othersUntil) ? others : 0;
            if (sends.size() + otherCount >= limit) {
                // a slot frees when our oldest request leaves the window, or when the others' have all left it
                Instant free = sends.isEmpty() ? othersUntil
                        : min(sends.peekFirst().plus(interval), otherCount > 0 ? othersUntil : Instant.MAX);
                wait = max(wait, until(now, free));
            }
            if (!wait.isZero() && !wait.isNegative()) {
                return wait;
            }
        }
        sends.addLast(now);
        if (sends.size() > MAX_LOG) {
            sends.removeFirst();
        }
        return Duration.ZERO;
    }

    /** What the answer to a request sent at {@code sentAt} said, received {@code now}. */
    synchronized void report(RateLimitReport report, Instant sentAt, Instant now) {
        limit = report.limit();
        interval = report.interval();
        Instant horizon = sentAt.minus(interval);
        int ours = 0;
        for (Instant t : sends) {
            if (t.isAfter(horizon) && !t.isAfter(sentAt)) {
                ours++;
            }
        }
        // what the platform counted beyond ours; they have all left the window one interval after this answer
        others = Math.max(0, limit - report.remaining() - ours);
        othersUntil = now.plus(interval);
    }

    /** The window's interval as last reported; {@link Duration#ZERO} before any report. */
    synchronized Duration interval() {
        return interval;
    }

    private void slide(Instant now) {
        Instant horizon = now.minus(interval);
        while (!sends.isEmpty() && !sends.peekFirst().isAfter(horizon)) {
            sends.removeFirst();
        }
    }

    private static Duration until(Instant now, Instant then) {
        return then.isAfter(now) ? Duration.between(now, then) : Duration.ZERO;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
