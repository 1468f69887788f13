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
 * @param authLatch  the connection's sign-in latch: give it to every {@link TokenCache} the policy makes, so a refused
 *                   sign-in stops the sign-ins of every client of the connection
 */
public record AuthContext(Connection connection, HttpTransport transport, ErrorMapper errors, Clock clock,
                          TokenCacheSettings tokenCache, AuthLatch authLatch) {

    public AuthContext {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(errors, "errors");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(tokenCache, "tokenCache");
        Objects.requireNonNull(authLatch, "authLatch");
    }

    /** A context whose latch is its own, shared with nothing. */
    public AuthContext(Connection connection, HttpTransport transport, ErrorMapper errors, Clock clock,
                       TokenCacheSettings tokenCache) {
        this(connection, transport, errors, clock, tokenCache,
                new AuthLatch(Objects.requireNonNull(connection, "connection").name()));
    }

    /** A token cache for {@code fetcher} with this context's clock, settings and latch. */
    public TokenCache newTokenCache(TokenFetcher fetcher) {
        return new TokenCache(fetcher, clock, tokenCache, authLatch);
    }
}
