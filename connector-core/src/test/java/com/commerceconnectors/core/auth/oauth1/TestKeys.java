package com.commerceconnectors.core.auth.oauth1;

import com.commerceconnectors.connection.Secret;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The PEM files under src/test/resources/oauth1: oauthlib's public 1024-bit test key in several forms, and others. */
final class TestKeys {

    private TestKeys() {
    }

    /** The text of {@code oauth1/<name>}. */
    static String pem(String name) {
        try (InputStream in = TestKeys.class.getResourceAsStream("/oauth1/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource oauth1/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Secret secret(String name) {
        return Secret.of(pem(name));
    }
}
