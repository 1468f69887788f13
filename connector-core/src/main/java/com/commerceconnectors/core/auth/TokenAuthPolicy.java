package com.commerceconnectors.core.auth;

import com.commerceconnectors.connection.Secret;
import com.commerceconnectors.core.http.ApiRequest;
import com.commerceconnectors.core.http.ApiResponse;

import java.util.Objects;
import java.util.Optional;

/**
 * Sends a token from a {@link TokenCache} in a header; on a 401 retires that token (if still current) and asks for one
 * replay, which then carries a fresh token. Used for request authentication and, with another fetcher, for any other
 * policy whose credential is a token obtained from an endpoint (OAuth2 grants).
 */
public final class TokenAuthPolicy implements AuthPolicy {

    private final String type;
    private final HeaderTemplate header;
    private final TokenCache cache;

    public TokenAuthPolicy(String type, HeaderTemplate header, TokenCache cache) {
        this.type = Objects.requireNonNull(type, "type");
        this.header = Objects.requireNonNull(header, "header");
        this.cache = Objects.requireNonNull(cache, "cache");
    }

    /** Request authentication: sign in with the spec over {@code context}'s transport, cache per this policy. */
    public static TokenAuthPolicy requestAuth(RequestAuthSpec spec, AuthContext context) {
        TokenFetcher fetcher = new RequestAuthTokenFetcher(spec, context.transport(), context.errors(), context.clock());
        return new TokenAuthPolicy("requestAuth", spec.header(), context.newTokenCache(fetcher));
    }

    @Override
    public ApiRequest authorize(ApiRequest request) {
        AccessToken token = cache.get();
        return request.withSecretHeader(header.name(), header.render(token.value()));
    }

    @Override
    public boolean onUnauthorized(ApiRequest sent, ApiResponse response) {
        Optional<Secret> failed = sent.headers().first(header.name()).flatMap(header::extract);
        if (failed.isEmpty()) {
            // the request carried no token of ours (e.g. it was redirected to another origin): a new token won't help
            return false;
        }
        cache.invalidateIfCurrent(failed.get());
        return true;
    }

    @Override
    public String type() {
        return type;
    }

    public TokenCache tokenCache() {
        return cache;
    }

    @Override
    public String toString() {
        return "TokenAuthPolicy[" + type + ", " + header.name() + ", " + cache + "]";
    }
}
