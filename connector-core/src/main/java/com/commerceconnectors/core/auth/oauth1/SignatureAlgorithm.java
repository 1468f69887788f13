package com.commerceconnectors.core.auth.oauth1;

import com.commerceconnectors.connection.SignatureMethod;

import java.nio.charset.StandardCharsets;

/**
 * One OAuth 1.0a signature method with its key (RFC 5849 §3.4.2–3.4.4): turns a base string into the value of
 * {@code oauth_signature}. Instances are immutable and thread-safe; the key is prepared once, when they are made
 * (see {@link SignatureAlgorithms}).
 */
public interface SignatureAlgorithm {

    /** The method, as written into {@code oauth_signature_method}. */
    SignatureMethod method();

    /** The signature, not yet percent-encoded: Base64 for HMAC-* and RSA-*, the key itself for PLAINTEXT. */
    String sign(String baseString);

    /**
     * The signature of the UTF-8 base string in {@code baseString[offset, offset + length)}: the same as
     * {@link #sign(String)} of that text, without making it a string first.
     */
    default String sign(byte[] baseString, int offset, int length) {
        return sign(new String(baseString, offset, length, StandardCharsets.UTF_8));
    }
}
