package com.commerceconnectors.sandbox.oro.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Access tokens shaped like those of Oro's OAuth server (league/oauth2-server): a JWT with {@code aud} (the client
 * id), {@code jti}, {@code iat}, {@code nbf}, {@code exp}, {@code sub} and {@code scopes}. They are signed with
 * HS256 and a key of this sandbox instead of Oro's RSA key, and every issued {@code jti} is remembered so a token
 * can be revoked (as a refresh does to the token it replaces). Expiry is judged by the sandbox clock.
 */
public final class AccessTokens {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final String HEADER = B64.encodeToString(
            "{\"typ\":\"JWT\",\"alg\":\"HS256\"}".getBytes(StandardCharsets.US_ASCII));

    /** What the server knows about a token it issued. */
    private record Grant(Caller caller, String clientId, Instant expiresAt) {
    }

    /** A freshly issued token. */
    public record Issued(String token, String jti, Instant expiresAt) {
        @Override
        public String toString() {
            return "Issued[jti=" + jti + ", expiresAt=" + expiresAt + "]";
        }
    }

    private final Map<String, Grant> byJti = new ConcurrentHashMap<>();
    private final byte[] key = new byte[32];
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Supplier<Duration> lifetime;

    public AccessTokens(Clock clock, Supplier<Duration> lifetime) {
        this.clock = clock;
        this.lifetime = lifetime;
        random.nextBytes(key);
    }

    public Issued issue(OAuthClient client, Caller caller) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(lifetime.get());
        byte[] id = new byte[40];
        random.nextBytes(id);
        String jti = HexFormat.of().formatHex(id);
        ObjectNode claims = JSON.createObjectNode();
        claims.put("aud", client.clientId());
        claims.put("jti", jti);
        claims.put("iat", now.getEpochSecond());
        claims.put("nbf", now.getEpochSecond());
        claims.put("exp", expiresAt.getEpochSecond());
        claims.put("sub", caller.userId() == 0 ? caller.subject() : Long.toString(caller.userId()));
        claims.putArray("scopes");
        String signingInput = HEADER + "." + B64.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
        byJti.put(jti, new Grant(caller, client.clientId(), expiresAt));
        return new Issued(signingInput + "." + B64.encodeToString(hmac(signingInput)), jti, expiresAt);
    }

    /**
     * The caller of a token this server issued for {@code api}, still valid by the sandbox clock and not revoked;
     * empty otherwise (including a token of the other front end).
     */
    public Optional<Caller> verify(String token, ApiKind api) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
            if (!MessageDigest.isEqual(signature, hmac(parts[0] + "." + parts[1]))) {
                return Optional.empty();
            }
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            Grant grant = byJti.get(claims.path("jti").asText());
            Instant now = clock.instant();
            if (grant == null || !now.isBefore(Instant.ofEpochSecond(claims.path("exp").asLong()))
                    || grant.caller().api() != api) {
                return Optional.empty();
            }
            return Optional.of(grant.caller());
        } catch (IllegalArgumentException | IOException e) {
            return Optional.empty();
        }
    }

    /** Revokes one token by its {@code jti}. */
    public void revoke(String jti) {
        byJti.remove(jti);
    }

    /** Revokes every token issued to a client; returns how many. */
    public int revokeClient(String clientId) {
        int before = byJti.size();
        byJti.values().removeIf(grant -> grant.clientId().equals(clientId));
        return before - byJti.size();
    }

    /** Forgets tokens that expired by the sandbox clock. */
    public void purgeExpired() {
        Instant now = clock.instant();
        byJti.values().removeIf(grant -> !now.isBefore(grant.expiresAt()));
    }

    private byte[] hmac(String input) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(input.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}
