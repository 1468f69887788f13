package com.commerceconnectors.sandbox.commercelayer.auth;

import com.commerceconnectors.sandbox.http.BracketQuery;
import com.commerceconnectors.sandbox.http.SandboxRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The parameters of a token or revoke request: a JSON object (what Commerce Layer documents) or a form
 * ({@code application/x-www-form-urlencoded}, which its OAuth server accepts too). Only string values count.
 */
final class AuthParameters {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> values;

    private AuthParameters(Map<String, String> values) {
        this.values = values;
    }

    static AuthParameters read(SandboxRequest request) {
        String contentType = request.header("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        Map<String, String> values = new HashMap<>();
        if (contentType.startsWith("application/x-www-form-urlencoded")) {
            BracketQuery.parse(request.bodyText()).forEach((name, value) -> {
                if (value instanceof String) {
                    values.put(name, (String) value);
                }
            });
            return new AuthParameters(values);
        }
        if (request.bodyLength() == 0) {
            return new AuthParameters(values);
        }
        try {
            JsonNode body = JSON.readTree(request.body());
            if (body == null || !body.isObject()) {
                throw OAuthError.invalidRequest();
            }
            body.fields().forEachRemaining(field -> {
                if (field.getValue().isTextual()) {
                    values.put(field.getKey(), field.getValue().asText());
                }
            });
        } catch (IOException e) {
            throw OAuthError.invalidRequest();
        }
        return new AuthParameters(values);
    }

    /** The value, or {@code null} when absent or empty. */
    String get(String name) {
        String value = values.get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    String required(String name) {
        String value = get(name);
        if (value == null) {
            throw OAuthError.invalidRequest();
        }
        return value;
    }
}
