package com.commerceconnectors.core.auth.oauth2;

import com.commerceconnectors.connection.OAuth2Auth;
import com.commerceconnectors.connection.Secret;
import com.commerceconnectors.core.auth.AccessToken;
import com.commerceconnectors.core.auth.AuthContext;
import com.commerceconnectors.core.auth.AuthPolicy;
import com.commerceconnectors.core.auth.HeaderTemplate;
import com.commerceconnectors.core.auth.JwtClaims;
import com.commerceconnectors.core.auth.TokenAuthPolicy;
import com.commerceconnectors.core.auth.TokenCache;
import com.commerceconnectors.core.error.FailureContext;
import com.commerceconnectors.core.http.ApiRequest;
import com.commerceconnectors.core.http.ApiResponse;
import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * OAuth2 grants ({@code client_credentials}, {@code password}, {@code refresh_token}, JWT bearer) with the token in
 * {@code Authorization: Bearer}. Tokens come from a single-flight {@link TokenCache}: a burst of callers on a cold cache
 * makes one token request, a token is refreshed shortly before its {@code exp}, and a 401 retires it once and replays.
 * One policy per (CamelContext, connection), so every route of a context shares its tokens.
 */
public final class OAuth2AuthPolicy implements AuthPolicy {

    private final TokenAuthPolicy tokens;
    private final OAuth2TokenFetcher fetcher;
    private final TokenRevoker revoker;
    private final URI tokenUri;

    private OAuth2AuthPolicy(TokenAuthPolicy tokens, OAuth2TokenFetcher fetcher, TokenRevoker revoker, URI tokenUri) {
        this.tokens = tokens;
        this.fetcher = fetcher;
        this.revoker = revoker;
        this.tokenUri = tokenUri;
    }

    /**
     * @param defaults the connector's endpoints; a document's {@code auth.tokenUri} replaces the token endpoint (the
     *                 revocation endpoint stays the connector's, which derives it when it needs to)
     */
    public static OAuth2AuthPolicy create(OAuth2Auth auth, AuthContext context, OAuth2Endpoints defaults) {
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(defaults, "defaults");
        URI tokenUri = auth.tokenUri() != null ? auth.tokenUri() : defaults.tokenUri();
        OAuth2TokenFetcher fetcher = new OAuth2TokenFetcher(auth, tokenUri, context.transport(), context.errors(),
                context.clock());
        TokenCache cache = context.newTokenCache(fetcher);
        TokenAuthPolicy tokens = new TokenAuthPolicy("oauth2", HeaderTemplate.BEARER, cache);
        TokenRevoker revoker = defaults.revokeUri() == null ? null
                : new TokenRevoker(new OAuth2Grant(auth), defaults.revokeUri(), context.transport(), context.errors());
        return new OAuth2AuthPolicy(tokens, fetcher, revoker, tokenUri);
    }

    @Override
    public ApiRequest authorize(ApiRequest request) {
        return tokens.authorize(request);
    }

    @Override
    public boolean onUnauthorized(ApiRequest sent, ApiResponse response) {
        return tokens.onUnauthorized(sent, response);
    }

    @Override
    public String type() {
        return "oauth2";
    }

    @Override
    public String advise(FailureContext failure, String advice) {
        return tokens.advise(failure, advice);
    }

    /** The current token, fetched when there is none or it is due. */
    public AccessToken currentToken() {
        return tokens.tokenCache().get();
    }

    /**
     * The current token's JWT claims, decoded but not verified: for reporting (organization, scope, test mode) and
     * for finding the API's address, never for deciding what the caller may do. Empty when the token is no JWT.
     */
    public Optional<JsonNode> claims() {
        return JwtClaims.claims(currentToken().value().reveal());
    }

    /**
     * Revokes the token held now, if any, and forgets it and its refresh token; the next request obtains a new one.
     *
     * @return whether a token was revoked; {@code false} when none was held or the platform has no revocation endpoint
     * @throws com.commerceconnectors.core.error.ApiException when the revocation endpoint refused or failed
     */
    public boolean revoke() {
        if (revoker == null) {
            return false;
        }
        Optional<AccessToken> held = tokens.tokenCache().current();
        if (held.isEmpty()) {
            return false;
        }
        Secret token = held.get().value();
        revoker.revoke(token);
        tokens.tokenCache().invalidateIfCurrent(token);
        fetcher.forgetRefreshToken();
        return true;
    }

    /** Whether this policy can revoke tokens (the platform has a revocation endpoint). */
    public boolean canRevoke() {
        return revoker != null;
    }

    public TokenCache tokenCache() {
        return tokens.tokenCache();
    }

    public URI tokenUri() {
        return tokenUri;
    }

    @Override
    public String toString() {
        return "OAuth2AuthPolicy[" + tokenUri + ", " + tokens.tokenCache() + "]";
    }
}
