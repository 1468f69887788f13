package com.commerceconnectors.connection;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * A credential value. {@code toString()} prints a mask, so a secret that ends up in a log line, an exception
 * message or a debugger's variable view never shows its value; only {@link #reveal()} does.
 */
public final class Secret {

    public static final String MASK = "******";

    private final String value;

    private Secret(String value) {
        this.value = Objects.requireNonNull(value, "value");
    }

    public static Secret of(String value) {
        return new Secret(value);
    }

    /** Returns {@code null} for {@code null}, so optional secrets stay optional. */
    public static Secret ofNullable(String value) {
        return value == null ? null : new Secret(value);
    }

    /** The plain value; call it only where the value is sent to the server or used to sign. */
    public String reveal() {
        return value;
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        // constant time, so comparing tokens leaks nothing through timing
        return o instanceof Secret other
                && MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8), other.value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return MASK;
    }
}
