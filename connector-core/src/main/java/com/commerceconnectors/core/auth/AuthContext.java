package com.commerceconnectors.core.auth;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.core.error.ErrorMapper;
import com.commerceconnectors.core.http.HttpTransport;

import java.time.Clock;
import java.util.Objects;

/**
 * What an {@link AuthPolicyFactory} gets to build a policy with.
 *
 * @param connection the connection, validated
 * @param transport  the connection's transport, for token requests (never wrapped in the policy being built)
 * @param errors     the connection's error mapper, so token failures read like every other failure
 * @param clock      the clock for expiry, timestamps and nonces
 * @param tokenCache the token cache settings
 */
public record AuthContext(Connection connection, HttpTransport transport, ErrorMapper errors, Clock clock,
                          TokenCacheSettings tokenCache) {

    public AuthContext {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(errors, "errors");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(tokenCache, "tokenCache");
    }
}
