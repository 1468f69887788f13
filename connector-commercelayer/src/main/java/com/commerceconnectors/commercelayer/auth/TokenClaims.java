package com.commerceconnectors.commercelayer.auth;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The claims of a Commerce Layer access token (decoded, never verified: the API verifies them): which organization
 * and application it belongs to, its scope, whether it is a test token, and the market or owner it is bound to. Used
 * to find the API's address and to report what a connection is, never to decide what it may do.
 */
public final class TokenClaims {

    private final JsonNode claims;

    private TokenClaims(JsonNode claims) {
        this.claims = claims;
    }

    public static TokenClaims of(JsonNode claims) {
        return new TokenClaims(claims);
    }

    /** {@code organization.slug}, e.g. {@code acme} for {@code https://acme.commercelayer.io}. */
    public Optional<String> organizationSlug() {
        return text(claims.at("/organization/slug"));
    }

    public Optional<String> organizationId() {
        return text(claims.at("/organization/id"));
    }

    /** {@code iss}: the auth server that issued the token. */
    public Optional<String> issuer() {
        return text(claims.get("iss"));
    }

    /** {@code application.kind}: integration, sales_channel, webapp… */
    public Optional<String> applicationKind() {
        return text(claims.at("/application/kind"));
    }

    public Optional<String> scope() {
        return text(claims.get("scope"));
    }

    /** {@code test}: true for a test-mode token, false for live; empty when the claim is absent. */
    public Optional<Boolean> test() {
        JsonNode t = claims.get("test");
        return t != null && t.isBoolean() ? Optional.of(t.asBoolean()) : Optional.empty();
    }

    /** {@code market.id}: the markets a sales-channel token is bound to. */
    public List<String> marketIds() {
        List<String> ids = new ArrayList<>();
        JsonNode id = claims.at("/market/id");
        if (id.isArray()) {
            id.forEach(v -> text(v).ifPresent(ids::add));
        } else {
            text(id).ifPresent(ids::add);
        }
        return ids;
    }

    /** {@code owner.type}: Customer or User for tokens issued on someone's behalf. */
    public Optional<String> ownerType() {
        return text(claims.at("/owner/type"));
    }

    /**
     * What a connection test reports: organization, application kind, scope, test or live mode, markets and owner
     * type. Ids of the owner are left out: they identify a person.
     */
    public Map<String, Object> summary() {
        Map<String, Object> m = new LinkedHashMap<>();
        organizationSlug().ifPresent(v -> m.put("organization", v));
        organizationId().ifPresent(v -> m.put("organizationId", v));
        applicationKind().ifPresent(v -> m.put("applicationKind", v));
        scope().ifPresent(v -> m.put("scope", v));
        test().ifPresent(v -> m.put("mode", v ? "test" : "live"));
        List<String> markets = marketIds();
        if (!markets.isEmpty()) {
            m.put("markets", markets);
        }
        ownerType().ifPresent(v -> m.put("ownerType", v));
        return m;
    }

    private static Optional<String> text(JsonNode node) {
        return node != null && node.isValueNode() && !node.isNull() && !node.asText().isBlank()
                ? Optional.of(node.asText()) : Optional.empty();
    }
}
