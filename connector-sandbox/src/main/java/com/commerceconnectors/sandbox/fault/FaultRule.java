package com.commerceconnectors.sandbox.fault;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/** "The next {@code times} requests matching {@code method} and {@code pattern} get {@code fault}." */
public final class FaultRule {

    private final String method;
    private final PathPattern pattern;
    private final Fault fault;
    private final AtomicInteger remaining;
    private final AtomicInteger fired = new AtomicInteger();

    FaultRule(String method, PathPattern pattern, int times, Fault fault) {
        if (times < 1) {
            throw new IllegalArgumentException("a fault must fire at least once, not " + times + " times");
        }
        this.method = method == null ? null : method.toUpperCase(Locale.ROOT);
        this.pattern = pattern;
        this.fault = fault;
        this.remaining = new AtomicInteger(times);
    }

    /** Claims one firing atomically, so concurrent requests never fire a rule more often than asked. */
    boolean tryFire(String requestMethod, String path) {
        if (method != null && !method.equalsIgnoreCase(requestMethod)) {
            return false;
        }
        if (!pattern.matches(path)) {
            return false;
        }
        while (true) {
            int left = remaining.get();
            if (left <= 0) {
                return false;
            }
            if (remaining.compareAndSet(left, left - 1)) {
                fired.incrementAndGet();
                return true;
            }
        }
    }

    public Fault fault() {
        return fault;
    }

    public String pattern() {
        return pattern.toString();
    }

    /** The HTTP method this rule is limited to, or {@code null} for any. */
    public String method() {
        return method;
    }

    public int timesFired() {
        return fired.get();
    }

    public int remaining() {
        return Math.max(0, remaining.get());
    }

    public boolean exhausted() {
        return remaining() == 0;
    }

    @Override
    public String toString() {
        return fault.describe() + " on " + (method == null ? "" : method + " ") + pattern + " (fired " + timesFired()
                + ", remaining " + remaining() + ")";
    }
}
