package com.commerceconnectors.core.auth.wsse;

import com.commerceconnectors.connection.Secret;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The WSSE password digest as Oro checks it: {@code base64(sha1(nonce bytes + Created + API key))}, the nonce taken as
 * the raw bytes (the header carries them base64-encoded). SHA-1 is what Oro's hasher uses; it is not our choice.
 */
final class PasswordDigest {

    /**
     * Cloned for each digest: {@code MessageDigest.getInstance} looks the provider up every time, which costs more
     * than hashing the hundred bytes of a token (see {@code WsseBenchmark}). A digest holds no key, so sharing the
     * untouched prototype is safe.
     */
    private static final MessageDigest PROTOTYPE = sha1();

    private PasswordDigest() {
    }

    static String of(byte[] nonce, String created, Secret apiKey) {
        MessageDigest sha1 = fresh();
        sha1.update(nonce);
        sha1.update(created.getBytes(StandardCharsets.UTF_8));
        sha1.update(apiKey.reveal().getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(sha1.digest());
    }

    private static MessageDigest fresh() {
        try {
            return (MessageDigest) PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            // a provider whose SHA-1 cannot be cloned: a new instance does the same job, only slower
            return sha1();
        }
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            // every Java platform must provide SHA-1
            throw new IllegalStateException("this Java runtime has no SHA-1", e);
        }
    }
}
