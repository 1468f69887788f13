package com.commerceconnectors.core.auth.oauth1;

import com.commerceconnectors.connection.SignatureMethod;

/**
 * PLAINTEXT (RFC 5849 §3.4.4): the signature is the key {@code enc(consumerSecret)&enc(tokenSecret)} itself, so it
 * protects nothing without TLS.
 */
final class PlaintextSignatureAlgorithm implements SignatureAlgorithm {

    private final String key;

    PlaintextSignatureAlgorithm(String key) {
        this.key = key;
    }

    @Override
    public SignatureMethod method() {
        return SignatureMethod.PLAINTEXT;
    }

    @Override
    public String sign(String baseString) {
        return key;
    }

    @Override
    public String sign(byte[] baseString, int offset, int length) {
        return key;
    }

    @Override
    public String toString() {
        return "PlaintextSignatureAlgorithm";
    }
}
