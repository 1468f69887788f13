package com.commerceconnectors.core.error;

import com.commerceconnectors.connection.Secret;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;

/**
 * Replaces known secret values in text that came from elsewhere (a platform's error message may echo what it was
 * sent). Also catches the JSON-escaped and URL-encoded forms, which is how a secret travels in a request body.
 */
public final class SecretRedactor {

    private SecretRedactor() {
    }

    public static String redact(String text, Collection<Secret> secrets) {
        if (text == null || secrets == null || secrets.isEmpty()) {
            return text;
        }
        String out = text;
        for (Secret secret : secrets) {
            if (secret == null || secret.reveal().length() < 3) {
                // a one- or two-character "secret" would mask ordinary letters everywhere
                continue;
            }
            String raw = secret.reveal();
            out = out.replace(raw, Secret.MASK)
                    .replace(jsonEscaped(raw), Secret.MASK)
                    .replace(URLEncoder.encode(raw, StandardCharsets.UTF_8), Secret.MASK);
        }
        return out;
    }

    private static String jsonEscaped(String raw) {
        return new String(com.fasterxml.jackson.core.io.JsonStringEncoder.getInstance().quoteAsString(raw));
    }
}
