package com.commerceconnectors.core.auth.oauth1;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Nonces of 32 characters: 24 bytes (192 bits) from {@link SecureRandom}, base64url-encoded without padding, so only
 * letters, digits, {@code -} and {@code _} — characters percent-encoding leaves alone. 32 is the most Magento stores:
 * its {@code oauth_nonce.nonce} column is {@code varchar(32)}. The bytes come from one call, as the JDK's default
 * source on Linux reads {@code /dev/urandom} under a lock on every call. Thread-safe.
 */
public final class NonceGenerator {

    public static final int LENGTH = 32;

    private static final int BYTES = LENGTH * 3 / 4;

    private final SecureRandom random;

    public NonceGenerator() {
        this(new SecureRandom());
    }

    NonceGenerator(SecureRandom random) {
        this.random = random;
    }

    /** A fresh nonce. */
    public String next() {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
