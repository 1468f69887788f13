package com.commerceconnectors.sandbox.oro.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Refresh tokens of the password grant. Each is single use: redeeming it removes it (and the caller gets a new
 * one), as league/oauth2-server rotates them. Opaque random strings; lifetime from the settings (Oro: 30 days).
 */
public final class RefreshTokens {

    /** Why a refresh token was refused; the hint league/oauth2-server gives. */
    public enum Refusal {
        UNKNOWN("Cannot decrypt the refresh token"),
        EXPIRED("Token has expired"),
        REVOKED("Token has been revoked"),
        OTHER_CLIENT("Token is not linked to client");

        private final String hint;

        Refusal(String hint) {
            this.hint = hint;
        }

        public String hint() {
            return hint;
        }
    }

    /** A redeemed refresh token: who it was for and the access token it came with. */
    public record Redeemed(Caller caller, String accessJti) {
    }

    /** The outcome of redeeming: exactly one of the two is present. */
    public record Redemption(Optional<Redeemed> redeemed, Refusal refusal) {
    }

    private record Entry(String clientId, Caller caller, String accessJti, Instant expiresAt, boolean revoked) {
        Entry revoke() {
            return new Entry(clientId, caller, accessJti, expiresAt, true);
        }
    }

    private final Map<String, Entry> byToken = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;
    private final Supplier<Duration> lifetime;

    public RefreshTokens(Clock clock, Supplier<Duration> lifetime) {
        this.clock = clock;
        this.lifetime = lifetime;
    }

    public String issue(String clientId, Caller caller, String accessJti) {
        byte[] bytes = new byte[48];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        // Expired entries are dropped here, so the table holds at most one lifetime's worth of tokens.
        byToken.values().removeIf(entry -> !now.isBefore(entry.expiresAt()));
        byToken.put(token, new Entry(clientId, caller, accessJti, now.plus(lifetime.get()), false));
        return token;
    }

    /** Redeems a token once; a second redemption is refused as revoked. */
    public Redemption redeem(String token, String clientId) {
        Entry entry = byToken.get(token);
        if (entry == null) {
            return new Redemption(Optional.empty(), Refusal.UNKNOWN);
        }
        if (!entry.clientId().equals(clientId)) {
            return new Redemption(Optional.empty(), Refusal.OTHER_CLIENT);
        }
        if (!clock.instant().isBefore(entry.expiresAt())) {
            return new Redemption(Optional.empty(), Refusal.EXPIRED);
        }
        // Kept as revoked until it would have expired, so a second use says so; a concurrent redemption loses.
        if (entry.revoked() || !byToken.replace(token, entry, entry.revoke())) {
            return new Redemption(Optional.empty(), Refusal.REVOKED);
        }
        return new Redemption(Optional.of(new Redeemed(entry.caller(), entry.accessJti())), null);
    }

    public int size() {
        return byToken.size();
    }
}
