package com.commerceconnectors.sandbox.oro.auth;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The nonces seen by the WSSE authenticator. Like Oro's nonce cache, an entry lives for the token lifetime from
 * the moment it was stored; expired entries are dropped before every check, so the memory held is bounded by the
 * number of requests within one lifetime.
 */
public final class WsseNonces {

    private final Map<String, Instant> expiries = new HashMap<>();

    /**
     * Stores the nonce until {@code expiresAt}.
     *
     * @return {@code false} when the nonce is already stored and not yet expired
     */
    public synchronized boolean remember(String nonce, Instant now, Instant expiresAt) {
        expiries.values().removeIf(expiry -> !expiry.isAfter(now));
        return expiries.putIfAbsent(nonce, expiresAt) == null;
    }

    /** Entries held right now, expired ones not yet dropped included. */
    public synchronized int size() {
        return expiries.size();
    }

    public synchronized void clear() {
        expiries.clear();
    }
}
