package com.commerceconnectors.core.auth;

import com.commerceconnectors.connection.Secret;
import com.commerceconnectors.core.auth.AccessToken.ExpirySource;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.core.error.FailureReason;
import com.commerceconnectors.core.http.ApiRequest;
import com.commerceconnectors.core.http.ApiResponse;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Takes the token and its expiry out of a token endpoint's 2xx answer. Expiry: the JWT's {@code exp} if the token is
 * a JWT, else the answer's {@code expires_in}, else the configured time to live. Error messages never quote the
 * answer, which holds the token.
 */
public final class TokenResponseReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A hundred years: beyond it a token's lifetime means "does not expire", and the arithmetic stays in range. */
    private static final long MAX_EXPIRES_IN_SECONDS = 100L * 365 * 24 * 3600;

    private final String platformName;

    public TokenResponseReader(String platformName) {
        this.platformName = platformName;
    }

    /**
     * @param pointer JSON pointer to the token; {@code ""} for a bare JSON string answer (Magento's {@code "abc"});
     *                {@code null} to accept either a bare string or an object's {@code access_token} / {@code token}
     * @param ttl     the lifetime to assume when neither the token nor the answer says; {@code null} for none
     */
    public AccessToken read(ApiRequest request, ApiResponse response, String pointer, Duration ttl, Instant now) {
        JsonNode root;
        try {
            root = JSON.readTree(response.body());
        } catch (IOException e) {
            root = null;
        }
        if (root == null || root.isMissingNode()) {
            throw protocol(request, "answered " + response.status() + " but not with JSON ("
                    + (response.mediaType().isEmpty() ? "no content type" : response.mediaType()) + ", "
                    + response.bodyLength() + " bytes)", "Check auth.tokenUri: it must be the token endpoint itself");
        }
        JsonNode tokenNode = locate(request, root, pointer);
        if (tokenNode == null || !tokenNode.isValueNode() || tokenNode.isNull() || tokenNode.asText().isBlank()) {
            throw protocol(request, "answered without a token " + where(pointer) + describe(root),
                    "Set auth.tokenPointer to where the answer holds the token (\"\" for a bare JSON string)");
        }
        String token = tokenNode.asText().strip();
        var jwtExp = JwtClaims.expiry(token);
        if (jwtExp.isPresent()) {
            return new AccessToken(Secret.of(token), now, jwtExp.get(), ExpirySource.JWT_EXP);
        }
        JsonNode expiresIn = root.isObject() ? root.get("expires_in") : null;
        if (expiresIn != null && (expiresIn.isNumber() || expiresIn.isTextual() && expiresIn.asText().matches("\\d{1,10}"))) {
            long seconds = expiresIn.isNumber() ? expiresIn.asLong() : Long.parseLong(expiresIn.asText());
            if (seconds > 0) {
                // capped: an absurd expires_in (1e30) would overflow the clock's arithmetic
                return new AccessToken(Secret.of(token), now, now.plusSeconds(Math.min(seconds, MAX_EXPIRES_IN_SECONDS)),
                        ExpirySource.EXPIRES_IN);
            }
        }
        if (ttl != null) {
            return new AccessToken(Secret.of(token), now, now.plus(ttl), ExpirySource.CONFIGURED_TTL);
        }
        return new AccessToken(Secret.of(token), now, null, ExpirySource.NONE);
    }

    private JsonNode locate(ApiRequest request, JsonNode root, String pointer) {
        if (pointer == null) {
            if (root.isTextual()) {
                return root;
            }
            if (root.isObject()) {
                return root.hasNonNull("access_token") ? root.get("access_token") : root.get("token");
            }
            return null;
        }
        if (pointer.isEmpty()) {
            return root;
        }
        try {
            JsonNode n = root.at(JsonPointer.compile(pointer));
            return n.isMissingNode() ? null : n;
        } catch (IllegalArgumentException e) {
            throw ApiException.configuration("auth.tokenPointer '" + pointer + "' is not a JSON pointer",
                    "Write it like /data/token (or \"\" for a bare JSON string answer)");
        }
    }

    private static String where(String pointer) {
        return pointer == null ? "(neither a JSON string nor access_token/token)" : pointer.isEmpty()
                ? "(expected a bare JSON string)" : "at " + pointer;
    }

    /** The shape of the answer without its values: the top-level field names, never the token. */
    private static String describe(JsonNode root) {
        if (root.isObject()) {
            List<String> names = new ArrayList<>();
            root.fieldNames().forEachRemaining(n -> {
                if (names.size() < 12) {
                    names.add(n);
                }
            });
            return "; the answer is an object with the fields " + names;
        }
        return "; the answer is a JSON " + root.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }

    private ApiException protocol(ApiRequest request, String what, String advice) {
        return ApiException.builder(ErrorCategory.PROTOCOL, FailureReason.TOKEN_ENDPOINT)
                .summary(platformName + "'s token endpoint " + what)
                .advice(advice)
                .request(request.method().name(), request.uri())
                .build();
    }
}
