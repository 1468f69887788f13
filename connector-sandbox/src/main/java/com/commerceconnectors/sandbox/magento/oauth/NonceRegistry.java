package com.commerceconnectors.sandbox.magento.oauth;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The {@code oauth_nonce} table: a nonce is unique per consumer. Magento deletes rows whose {@code oauth_timestamp}
 * is older than the cleanup period ({@code oauth/cleanup/expiration_period}, 120 minutes) by the server's clock;
 * here that runs at most once a minute of the sandbox clock, before a nonce is checked. Because the client's
 * timestamp decides, a nonce sent with an old timestamp is forgotten sooner, as on a real store.
 */
public final class NonceRegistry {

    private static final Duration PURGE_INTERVAL = Duration.ofMinutes(1);

    private record Key(long consumerId, String nonce) {
    }

    private final Map<Key, Long> used = new HashMap<>();
    private Instant lastPurge;

    /**
     * Records the nonce for the consumer.
     *
     * @return {@code false} when the consumer used it already (and it was not cleaned up since)
     */
    public synchronized boolean remember(long consumerId, String nonce, long timestamp, Instant now,
                                         Duration cleanupPeriod) {
        if (lastPurge == null || !now.isBefore(lastPurge.plus(PURGE_INTERVAL))) {
            long oldest = now.getEpochSecond() - cleanupPeriod.toSeconds();
            used.values().removeIf(stamp -> stamp <= oldest);
            lastPurge = now;
        }
        return used.putIfAbsent(new Key(consumerId, nonce), timestamp) == null;
    }

    public synchronized int size() {
        return used.size();
    }

    public synchronized void clear() {
        used.clear();
        lastPurge = null;
    }
}
