package com.commerceconnectors.sandbox.magento.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Issues and checks admin and customer tokens. JWTs carry their expiry in {@code exp} (fixed when issued); opaque
 * tokens expire on the server: issue time plus the lifetime configured when they are checked, as Magento 2.3
 * computes it. Revoking a user's tokens stands for a password change or "log out everywhere".
 */
public final class TokenService {

    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
    private static final int PURGE_THRESHOLD = 10_000;

    private final Clock clock;
    private final Function<UserType, Duration> lifetime;
    private final BooleanSupplier jwtEnabled;
    private final SecureRandom random = new SecureRandom();
    private final JwtCodec jwt;
    private final Map<String, IssuedToken> issued = new ConcurrentHashMap<>();

    public TokenService(Clock clock, Function<UserType, Duration> lifetime,
                        BooleanSupplier jwtEnabled) {
        this.clock = clock;
        this.lifetime = lifetime;
        this.jwtEnabled = jwtEnabled;
        byte[] key = new byte[32];
        random.nextBytes(key);
        this.jwt = new JwtCodec(key);
    }

    public String issue(UserType type, long userId) {
        if (type != UserType.ADMIN && type != UserType.CUSTOMER) {
            throw new IllegalArgumentException("only admin and customer tokens are issued, not " + type);
        }
        Instant now = clock.instant();
        boolean asJwt = jwtEnabled.getAsBoolean();
        String token;
        if (asJwt) {
            long iat = now.getEpochSecond();
            token = jwt.sign(new JwtClaims(userId, type.magentoId(), iat, iat + lifetime.apply(type).toSeconds()));
        } else {
            token = opaqueToken();
        }
        if (issued.size() > PURGE_THRESHOLD) {
            purgeExpired(now);
        }
        issued.put(token, new IssuedToken(type, userId, now, asJwt));
        return token;
    }

    /** The token's record when it is known, unexpired and not revoked. */
    public Optional<IssuedToken> validate(String token) {
        IssuedToken record = issued.get(token);
        if (record == null) {
            return Optional.empty();
        }
        return isLive(token, record, clock.instant()) ? Optional.of(record) : Optional.empty();
    }

    /** Invalidates every token of one user; returns how many were live or not. */
    public int revoke(UserType type, long userId) {
        int[] count = {0};
        issued.entrySet().removeIf(entry -> {
            boolean match = entry.getValue().type() == type && entry.getValue().userId() == userId;
            if (match) {
                count[0]++;
            }
            return match;
        });
        return count[0];
    }

    public void revokeAll() {
        issued.clear();
    }

    /** Tokens issued and still valid now. */
    public long liveTokens() {
        Instant now = clock.instant();
        return issued.entrySet().stream().filter(e -> isLive(e.getKey(), e.getValue(), now)).count();
    }

    private boolean isLive(String token, IssuedToken record, Instant now) {
        if (record.jwt()) {
            Optional<JwtClaims> claims = jwt.verify(token);
            return claims.isPresent() && now.getEpochSecond() < claims.get().exp();
        }
        return now.isBefore(record.issuedAt().plus(lifetime.apply(record.type())));
    }

    private void purgeExpired(Instant now) {
        issued.entrySet().removeIf(entry -> !isLive(entry.getKey(), entry.getValue(), now));
    }

    private String opaqueToken() {
        char[] token = new char[32];
        for (int i = 0; i < token.length; i++) {
            token[i] = ALPHABET[random.nextInt(ALPHABET.length)];
        }
        return new String(token);
    }
}
