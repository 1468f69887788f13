package com.commerceconnectors.core.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Reads the claims of a JWS compact token (three dot-separated parts) without verifying it: the client only needs to
 * know when the token expires; the platform verifies it. Anything that is not such a token yields nothing.
 */
public final class JwtClaims {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JwtClaims() {
    }

    /** The payload's claims, if the token is a JWS whose payload is a JSON object. */
    public static Optional<JsonNode> claims(String token) {
        if (token == null) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || parts[1].isEmpty()) {
            return Optional.empty();
        }
        try {
            byte[] payload = Base64.getUrlDecoder().decode(stripPadding(parts[1]));
            JsonNode node = JSON.readTree(payload);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (IllegalArgumentException | IOException e) {
            return Optional.empty();
        }
    }

    private static final long LAST_SECOND_OF_9999 = 253_402_300_799L;

    /** The {@code exp} claim (seconds since the epoch), if present and numeric. */
    public static Optional<Instant> expiry(String token) {
        return claims(token)
                .map(c -> c.get("exp"))
                .filter(exp -> exp.isNumber() || exp.isTextual() && exp.asText().matches("\\d{1,12}"))
                // clamped to the year 9999: a larger exp (a number such as 1e300) is no reason to fail, nor a real date
                .map(exp -> Instant.ofEpochSecond(Math.max(0, Math.min(LAST_SECOND_OF_9999,
                        exp.isNumber() ? exp.asLong() : Long.parseLong(exp.asText())))));
    }

    private static String stripPadding(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '=') {
            end--;
        }
        return s.substring(0, end);
    }
}
