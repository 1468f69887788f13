package com.commerceconnectors.sandbox.commercelayer.auth;

import com.commerceconnectors.sandbox.commercelayer.jsonapi.JsonApiException;
import com.commerceconnectors.sandbox.http.SandboxRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks the {@code Authorization: Bearer} token of every API call: signature, expiry on the sandbox clock,
 * revocation, and that its application still exists. Any failure is a 401 {@code INVALID_TOKEN}.
 */
public final class BearerAuthenticator {

    private final JwtSigner signer;
    private final TokenRegistry registry;
    private final Applications applications;
    private final Clock clock;

    BearerAuthenticator(JwtSigner signer, TokenRegistry registry, Applications applications, Clock clock) {
        this.signer = signer;
        this.registry = registry;
        this.applications = applications;
        this.clock = clock;
    }

    public Caller authenticate(SandboxRequest request) {
        String header = request.header("Authorization").orElse("").strip();
        if (header.length() < 8 || !header.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
            throw JsonApiException.invalidToken();
        }
        String token = header.substring(7).strip();
        ObjectNode claims = signer.verify(token).orElseThrow(JsonApiException::invalidToken);
        if (registry.isRevoked(token)) {
            throw JsonApiException.invalidToken();
        }
        Instant expiresAt = Instant.ofEpochSecond(claims.path("exp").asLong(0));
        if (!clock.instant().isBefore(expiresAt)) {
            throw JsonApiException.expiredToken();
        }
        Application application = applications.byId(claims.path("application").path("id").asText(null))
                .orElseThrow(JsonApiException::invalidToken);
        JsonNode ownerNode = claims.path("owner");
        Owner owner = ownerNode.isObject()
                ? new Owner(ownerNode.path("type").asText(), ownerNode.path("id").asText()) : null;
        List<String> markets = new ArrayList<>();
        claims.path("market").path("id").forEach(id -> markets.add(id.asText()));
        String priceList = claims.path("market").path("price_list_id").asText(null);
        return new Caller(application, owner, markets, priceList, expiresAt);
    }
}
