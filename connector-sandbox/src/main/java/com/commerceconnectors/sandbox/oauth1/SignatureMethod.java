package com.commerceconnectors.sandbox.oauth1;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/** The seven {@code oauth_signature_method} values, each able to check a signature over a base string. */
public enum SignatureMethod {

    HMAC_SHA1("HMAC-SHA1", "HmacSHA1"),
    HMAC_SHA256("HMAC-SHA256", "HmacSHA256"),
    HMAC_SHA512("HMAC-SHA512", "HmacSHA512"),
    RSA_SHA1("RSA-SHA1", "SHA1withRSA"),
    RSA_SHA256("RSA-SHA256", "SHA256withRSA"),
    RSA_SHA512("RSA-SHA512", "SHA512withRSA"),
    PLAINTEXT("PLAINTEXT", null);

    private final String wireName;
    private final String jcaAlgorithm;

    SignatureMethod(String wireName, String jcaAlgorithm) {
        this.wireName = wireName;
        this.jcaAlgorithm = jcaAlgorithm;
    }

    /** As written in {@code oauth_signature_method}, e.g. {@code HMAC-SHA256}. */
    public String wireName() {
        return wireName;
    }

    /** Exact, case-sensitive match, as servers compare it. */
    public static Optional<SignatureMethod> fromWireName(String name) {
        for (SignatureMethod method : values()) {
            if (method.wireName.equals(name)) {
                return Optional.of(method);
            }
        }
        return Optional.empty();
    }

    public boolean isRsa() {
        return name().startsWith("RSA_");
    }

    /**
     * Whether {@code signature} (decoded from the request) signs {@code baseString} under {@code keys}. HMAC and
     * PLAINTEXT compare the expected text in constant time; RSA needs the consumer's public key and fails without.
     */
    public boolean verify(String baseString, String signature, VerificationKeys keys) {
        if (signature == null) {
            return false;
        }
        if (this == PLAINTEXT) {
            return sameText(keys.sharedKey(), signature);
        }
        if (isRsa()) {
            return keys.rsaPublicKey()
                    .map(key -> RsaSignatures.verify(jcaAlgorithm, baseString, signature, key))
                    .orElse(false);
        }
        return sameText(HmacSignatures.sign(jcaAlgorithm, baseString, keys.sharedKey()), signature);
    }

    private static boolean sameText(String expected, String actual) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                actual.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return wireName;
    }
}
