package com.commerceconnectors.connection.secret;

import java.util.Objects;

/**
 * A secret could not be encrypted or decrypted. The message is a sentence fragment an operator understands (it reads
 * well after a JSON pointer and a colon) and never contains the secret, the ciphertext or the key.
 */
public final class SecretCipherException extends Exception {

    /** Why it failed, so callers can choose an exit code or a hint. */
    public enum Reason {
        /** {@value SecretCipher#KEY_VARIABLE} is not set. */
        KEY_MISSING,
        /** {@value SecretCipher#KEY_VARIABLE} is not the base64 encoding of 32 bytes. */
        KEY_INVALID,
        /** The value is not {@code enc:v1:<base64>} with room for a nonce and a tag. */
        MALFORMED,
        /** The value names an encryption format other than {@code v1}. */
        UNSUPPORTED_FORMAT,
        /** Authentication failed: another key, or a changed or truncated value. */
        UNDECRYPTABLE,
        /** The Java runtime lacks AES-GCM. */
        UNAVAILABLE
    }

    private final Reason reason;

    public SecretCipherException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }

    /** Key problems are about the environment, not about one value. */
    public boolean isKeyProblem() {
        return reason == Reason.KEY_MISSING || reason == Reason.KEY_INVALID;
    }
}
