package com.commerceconnectors.core.auth.wsse;

import java.security.SecureRandom;

/** Nonces of 16 bytes (128 bits) from {@link SecureRandom}: enough that none repeats within Oro's nonce cache. Thread-safe. */
final class NonceSource {

    static final int BYTES = 16;

    private final SecureRandom random;

    NonceSource() {
        this(new SecureRandom());
    }

    NonceSource(SecureRandom random) {
        this.random = random;
    }

    byte[] next() {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return bytes;
    }
}
