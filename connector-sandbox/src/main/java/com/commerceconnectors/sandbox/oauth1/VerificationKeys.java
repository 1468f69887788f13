package com.commerceconnectors.sandbox.oauth1;

import java.security.PublicKey;
import java.util.Optional;

/**
 * What the server knows to check a signature: the consumer secret and token secret (HMAC-* and PLAINTEXT) and the
 * consumer's RSA public key (RSA-*). Not a record, so that {@code toString} cannot print a secret.
 */
public final class VerificationKeys {

    private final String consumerSecret;
    private final String tokenSecret;
    private final PublicKey rsaPublicKey;

    private VerificationKeys(String consumerSecret, String tokenSecret, PublicKey rsaPublicKey) {
        this.consumerSecret = consumerSecret == null ? "" : consumerSecret;
        this.tokenSecret = tokenSecret == null ? "" : tokenSecret;
        this.rsaPublicKey = rsaPublicKey;
    }

    /** @param tokenSecret {@code null} or empty when the request carries no token (e.g. a request-token call) */
    public static VerificationKeys of(String consumerSecret, String tokenSecret) {
        return new VerificationKeys(consumerSecret, tokenSecret, null);
    }

    public static VerificationKeys of(String consumerSecret, String tokenSecret, PublicKey rsaPublicKey) {
        return new VerificationKeys(consumerSecret, tokenSecret, rsaPublicKey);
    }

    /** RFC 5849 §3.4.2: {@code encode(consumer secret)&encode(token secret)}, the HMAC key and PLAINTEXT signature. */
    public String sharedKey() {
        return PercentEncoding.encode(consumerSecret) + '&' + PercentEncoding.encode(tokenSecret);
    }

    public Optional<PublicKey> rsaPublicKey() {
        return Optional.ofNullable(rsaPublicKey);
    }

    @Override
    public String toString() {
        return "VerificationKeys[secrets ****, rsaPublicKey " + (rsaPublicKey == null ? "none" : "set") + "]";
    }
}
