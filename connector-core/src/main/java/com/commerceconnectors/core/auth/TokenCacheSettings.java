package com.commerceconnectors.core.auth;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link TokenCache} decides a token is due for refresh and how long a refused sign-in stops further ones.
 *
 * @param refreshMargin      refresh this long before the token expires (covers clock drift and request latency)
 * @param maxMarginFraction  but never more than this fraction of the token's lifetime, so a 2-minute token is not
 *                           refreshed on every call
 * @param authFailureBackoff after the token endpoint refused the credentials, no new sign-in is made for this long
 *                           (unless the connection changes or an operator resets the {@link AuthLatch}): every caller
 *                           gets that refusal at once instead, because platforms lock an account after a few
 */
public record TokenCacheSettings(Duration refreshMargin, double maxMarginFraction, Duration authFailureBackoff) {

    public static final TokenCacheSettings DEFAULT = new TokenCacheSettings(Duration.ofSeconds(60), 0.25,
            AuthLatch.DEFAULT_BACKOFF);

    public TokenCacheSettings {
        Objects.requireNonNull(refreshMargin, "refreshMargin");
        Objects.requireNonNull(authFailureBackoff, "authFailureBackoff");
        if (refreshMargin.isNegative() || authFailureBackoff.isNegative() || maxMarginFraction < 0 || maxMarginFraction >= 1) {
            throw new IllegalArgumentException("durations must not be negative and the fraction must be in [0, 1)");
        }
    }

    /** A copy with another back-off after a refused sign-in. */
    public TokenCacheSettings withAuthFailureBackoff(Duration backoff) {
        return new TokenCacheSettings(refreshMargin, maxMarginFraction, backoff);
    }
}
