package com.commerceconnectors.sandbox.oro.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The WSSE UsernameToken password digest as Oro computes it: {@code base64(sha1(base64decode(nonce) . created .
 * apiKey))} (Symfony's {@code MessageDigestPasswordEncoder('sha1', true, 1)} with an empty salt). Written from the
 * formula, independently of the connectors' signer.
 */
public final class WsseDigest {

    private WsseDigest() {
    }

    /**
     * @param nonce   the nonce as sent (base64)
     * @param created the {@code Created} value as sent, character for character
     * @param apiKey  the user's API key
     * @throws IllegalArgumentException when the nonce is not base64
     */
    public static String compute(String nonce, String created, String apiKey) {
        byte[] rawNonce = Base64.getDecoder().decode(nonce);
        byte[] rest = (created + apiKey).getBytes(StandardCharsets.UTF_8);
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(rawNonce);
            sha1.update(rest);
            return Base64.getEncoder().encodeToString(sha1.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
    }

    /** Constant-time comparison of a digest as sent with the expected one. */
    static boolean matches(String sent, String expected) {
        return MessageDigest.isEqual(sent.getBytes(StandardCharsets.US_ASCII),
                expected.getBytes(StandardCharsets.US_ASCII));
    }
}
