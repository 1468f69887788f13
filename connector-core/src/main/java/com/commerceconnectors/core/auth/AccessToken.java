package com.commerceconnectors.core.auth;

import com.commerceconnectors.connection.Secret;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A token obtained from a token endpoint.
 *
 * @param value      the token (masked in {@code toString()})
 * @param obtainedAt when it was obtained
 * @param expiresAt  when it expires; {@code null} when nothing says (then only a 401 retires it)
 * @param expirySource where {@code expiresAt} came from
 */
public record AccessToken(Secret value, Instant obtainedAt, Instant expiresAt, ExpirySource expirySource) {

    /** Where a token's expiry came from, in order of preference. */
    public enum ExpirySource {
        /** The JWT's own {@code exp} claim. */
        JWT_EXP,
        /** The token answer's {@code expires_in}. */
        EXPIRES_IN,
        /** The configured time to live. */
        CONFIGURED_TTL,
        /** Nothing: the token is used until refused. */
        NONE
    }

    public AccessToken {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(obtainedAt, "obtainedAt");
        Objects.requireNonNull(expirySource, "expirySource");
    }

    /** How long it lives in all; empty when it does not expire. */
    public Optional<Duration> lifetime() {
        return expiresAt == null ? Optional.empty() : Optional.of(Duration.between(obtainedAt, expiresAt));
    }

    @Override
    public String toString() {
        return "AccessToken[" + Secret.MASK + ", obtainedAt=" + obtainedAt + ", expiresAt=" + expiresAt + " ("
                + expirySource + ")]";
    }
}
