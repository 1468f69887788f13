package com.commerceconnectors.sandbox.magento.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * Magento's token request throttle ({@code oauth_token_request_log}): each failed sign-in counts and pushes the lock
 * expiry to now + timeout; at the threshold every attempt fails, even with the right password, until the expiry
 * passes; a successful sign-in clears the count.
 */
public final class LoginThrottle {

    private record Entry(int failures, Instant lockExpiresAt) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final IntSupplier maxFailures;
    private final Supplier<Duration> timeout;

    public LoginThrottle(IntSupplier maxFailures, Supplier<Duration> timeout) {
        this.maxFailures = maxFailures;
        this.timeout = timeout;
    }

    public boolean isLocked(UserType type, String username, Instant now) {
        return failures(type, username, now) >= maxFailures.getAsInt();
    }

    /** Failures still counting (they stop counting once their lock expiry has passed). */
    public int failures(UserType type, String username, Instant now) {
        Entry entry = entries.get(key(type, username));
        return entry == null || !now.isBefore(entry.lockExpiresAt()) ? 0 : entry.failures();
    }

    public void recordFailure(UserType type, String username, Instant now) {
        Instant expiry = now.plus(timeout.get());
        entries.compute(key(type, username), (k, entry) ->
                entry == null || !now.isBefore(entry.lockExpiresAt())
                        ? new Entry(1, expiry)
                        : new Entry(entry.failures() + 1, expiry));
    }

    public void reset(UserType type, String username) {
        entries.remove(key(type, username));
    }

    public void resetAll() {
        entries.clear();
    }

    private static String key(UserType type, String username) {
        return type.name() + ':' + (username == null ? "" : username.toLowerCase(Locale.ROOT));
    }
}
