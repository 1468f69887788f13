package com.commerceconnectors.sandbox.magento.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Passwords are kept only as digests and compared in constant time, so no object of the sandbox holds one. */
final class PasswordDigest {

    private PasswordDigest() {
    }

    static byte[] of(String password) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static boolean matches(byte[] digest, String candidate) {
        return digest != null && candidate != null && MessageDigest.isEqual(digest, of(candidate));
    }
}
