package com.commerceconnectors.core.auth;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.Secret;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A name for a connection's sign-in account that every node computes alike and that changes with the connection
 * document (its name, platform, mode, agent, base URI and auth — not the endpoint overrides), for a latch store shared
 * by nodes: {@code <connection name>-<32 hex digits>}.
 * <p>
 * The digits are a slow salted hash (PBKDF2-HMAC-SHA256) of the document with its secrets, so a changed password is
 * another latch, while whoever can read the shared store cannot test guesses of a password at speed. Compute it once
 * per connection.
 */
public final class SignInId {

    private static final int ITERATIONS = 20_000;
    private static final byte[] SALT = "commerce-connectors sign-in latch v1".getBytes(StandardCharsets.UTF_8);

    private SignInId() {
    }

    /** The id of this connection's sign-in account. */
    public static String of(Connection connection) {
        Objects.requireNonNull(connection, "connection");
        StringBuilder canonical = new StringBuilder();
        append(canonical, connection.name());
        append(canonical, connection.connector());
        append(canonical, connection.mode());
        append(canonical, connection.agent());
        append(canonical, connection.baseUri());
        append(canonical, connection.auth());
        char[] text = canonical.toString().toCharArray();
        try {
            PBEKeySpec spec = new PBEKeySpec(text, SALT, ITERATIONS, 128);
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            spec.clearPassword();
            return connection.name() + "-" + HexFormat.of().formatHex(hash);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this JVM", e);
        } finally {
            java.util.Arrays.fill(text, '\0');
            canonical.setLength(0);
        }
    }

    /** Records by their components in order, secrets by value, the rest by their text; lengths keep it unambiguous. */
    private static void append(StringBuilder out, Object value) {
        if (value == null) {
            out.append('~');
            return;
        }
        if (value instanceof Secret secret) {
            text(out, secret.reveal());
            return;
        }
        if (value instanceof Record record) {
            out.append(record.getClass().getSimpleName()).append('{');
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                out.append(component.getName()).append('=');
                try {
                    append(out, component.getAccessor().invoke(record));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + component.getName(), e);
                }
            }
            out.append('}');
            return;
        }
        text(out, value.toString());
    }

    private static void text(StringBuilder out, String text) {
        out.append(text.length()).append(':').append(text);
    }
}
