package com.commerceconnectors.sandbox.commercelayer.auth;

import com.commerceconnectors.sandbox.commercelayer.store.ResourceStore;
import com.commerceconnectors.sandbox.commercelayer.store.Schema;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Reads the {@code assertion} of a JWT bearer request: a compact JWT of at most 4 KB whose payload holds
 * {@code "https://commercelayer.io/claims": {"owner": {"type", "id"}, "custom_claim": {...}}} with at least one of
 * the two. The owner must be a {@code Customer} of the organization or a {@code User}. The assertion's signature is
 * not checked: the client authenticates with its own credentials, the assertion only says on whose behalf.
 */
final class AssertionReader {

    /** The assertion's largest size, as Commerce Layer documents it. */
    static final int MAX_BYTES = 4096;
    static final String CLAIMS = "https://commercelayer.io/claims";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What an assertion asks for. */
    record Assertion(Owner owner, JsonNode customClaim) {
    }

    private final ResourceStore store;

    AssertionReader(ResourceStore store) {
        this.store = store;
    }

    Assertion read(String assertion) {
        if (assertion == null || assertion.isBlank() || assertion.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw OAuthError.invalidAssertion();
        }
        String[] parts = assertion.split("\\.", -1);
        if (parts.length != 3) {
            throw OAuthError.invalidAssertion();
        }
        JsonNode payload;
        try {
            payload = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        } catch (IllegalArgumentException | IOException e) {
            throw OAuthError.invalidAssertion();
        }
        JsonNode claims = payload == null ? null : payload.get(CLAIMS);
        if (claims == null || !claims.isObject()) {
            throw OAuthError.invalidAssertion();
        }
        JsonNode ownerNode = claims.get("owner");
        JsonNode custom = claims.get("custom_claim");
        if ((ownerNode == null || ownerNode.isNull()) && (custom == null || custom.isNull() || custom.isEmpty())) {
            throw OAuthError.invalidAssertion();
        }
        if (custom != null && !custom.isNull() && !custom.isObject()) {
            throw OAuthError.invalidAssertion();
        }
        Owner owner = ownerNode == null || ownerNode.isNull() ? null : owner(ownerNode);
        return new Assertion(owner, custom == null || custom.isNull() ? null : custom);
    }

    private Owner owner(JsonNode node) {
        String type = node.path("type").asText("");
        String id = node.path("id").asText("");
        if (id.isEmpty()) {
            throw OAuthError.invalidAssertion();
        }
        if (type.equals(Owner.CUSTOMER)) {
            if (store.find(Schema.CUSTOMERS, id).isEmpty()) {
                throw OAuthError.invalidAssertion();
            }
            return new Owner(Owner.CUSTOMER, id);
        }
        if (type.equals(Owner.USER)) {
            return new Owner(Owner.USER, id);
        }
        throw OAuthError.invalidAssertion();
    }
}
