package com.commerceconnectors.core.auth;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link TokenCache} decides a token is due for refresh and how long it remembers refused credentials.
 *
 * @param refreshMargin         refresh this long before the token expires (covers clock drift and request latency)
 * @param maxMarginFraction     but never more than this fraction of the token's lifetime, so a 2-minute token is not
 *                              refreshed on every call
 * @param credentialFailureHold after the token endpoint refused the credentials, every caller gets that same error
 *                              for this long without another sign-in (a burst must not lock the account)
 */
public record TokenCacheSettings(Duration refreshMargin, double maxMarginFraction, Duration credentialFailureHold) {

    public static final TokenCacheSettings DEFAULT = new TokenCacheSettings(Duration.ofSeconds(60), 0.25, Duration.ofSeconds(30));

    public TokenCacheSettings {
        Objects.requireNonNull(refreshMargin, "refreshMargin");
        Objects.requireNonNull(credentialFailureHold, "credentialFailureHold");
        if (refreshMargin.isNegative() || credentialFailureHold.isNegative() || maxMarginFraction < 0 || maxMarginFraction >= 1) {
            throw new IllegalArgumentException("margins must be positive and the fraction below 1");
        }
    }
}
