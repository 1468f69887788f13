package com.commerceconnectors.core.auth.oauth2;

import com.commerceconnectors.connection.OAuth2Auth;
import com.commerceconnectors.connection.Secret;
import com.commerceconnectors.core.auth.AccessToken;
import com.commerceconnectors.core.auth.TokenFetcher;
import com.commerceconnectors.core.auth.TokenResponseReader;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.core.error.ErrorMapper;
import com.commerceconnectors.core.http.ApiRequest;
import com.commerceconnectors.core.http.ApiResponse;
import com.commerceconnectors.core.http.HttpTransport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs OAuth2 grants against a token endpoint, once per call: never retried (a burst of refused grants locks accounts
 * and spends Commerce Layer's 30 token requests a minute), never redirected, over the connection's own transport.
 * <p>
 * A refresh token handed out with a token is held in memory and used first for the next token; a refused refresh
 * falls back once to the configured grant (a password grant signs in again), so an expired refresh token costs one
 * extra request, not a failure.
 */
final class OAuth2TokenFetcher implements TokenFetcher {

    private static final Logger LOG = LoggerFactory.getLogger(OAuth2TokenFetcher.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OAuth2Grant grant;
    private final URI tokenUri;
    private final HttpTransport transport;
    private final ErrorMapper errors;
    private final Clock clock;
    private final TokenResponseReader reader;
    private final AtomicReference<Secret> heldRefreshToken = new AtomicReference<>();

    OAuth2TokenFetcher(OAuth2Auth auth, URI tokenUri, HttpTransport transport, ErrorMapper errors, Clock clock) {
        this.grant = new OAuth2Grant(auth);
        this.tokenUri = Objects.requireNonNull(tokenUri, "tokenUri");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.errors = Objects.requireNonNull(errors, "errors");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.reader = new TokenResponseReader(errors.platformName());
        if (auth.refreshToken() != null) {
            heldRefreshToken.set(auth.refreshToken());
        }
    }

    @Override
    public AccessToken fetch() {
        Secret refresh = heldRefreshToken.get();
        if (grant.configuredIsRefresh()) {
            // a configured refresh token may have been rotated by the server: the newest one is held
            return exchange(refresh != null ? grant.refreshBody(refresh) : grant.configuredBody());
        }
        if (refresh != null) {
            try {
                return exchange(grant.refreshBody(refresh));
            } catch (ApiException e) {
                if (e.category() != ErrorCategory.AUTHENTICATION) {
                    throw e;
                }
                // the refresh token expired or was revoked: forget it and run the configured grant once
                heldRefreshToken.compareAndSet(refresh, null);
                LOG.debug("{}: the refresh token was refused ({}); requesting a token with the configured grant",
                        errors.platformName(), e.summary());
            }
        }
        return exchange(grant.configuredBody());
    }

    /** The refresh token held for the next refresh, if the server handed one out. */
    boolean holdsRefreshToken() {
        return heldRefreshToken.get() != null;
    }

    /** Forgets the held refresh token (after a revocation). */
    void forgetRefreshToken() {
        heldRefreshToken.set(null);
    }

    private AccessToken exchange(byte[] body) {
        ApiRequest request = ApiRequest.post(tokenUri)
                .withHeader("Accept", ApiRequest.JSON)
                .withBody(body, ApiRequest.JSON)
                .withIdempotent(false);
        ApiResponse response;
        try {
            response = transport.execute(request);
        } catch (IOException e) {
            throw errors.fromIOException(request, e);
        }
        if (!response.isSuccessful()) {
            ApiException refused = errors.fromTokenResponse(request, response, grant.secrets(heldRefreshToken.get()));
            String advice = OAuth2Advice.forRefusal(refused, errors.decode(response));
            throw advice == null ? refused : refused.toBuilder().advice(advice).build();
        }
        AccessToken token = reader.read(request, response, null, null, clock.instant());
        rememberRefreshToken(response);
        return token;
    }

    private void rememberRefreshToken(ApiResponse response) {
        try {
            JsonNode root = JSON.readTree(response.body());
            JsonNode refresh = root == null ? null : root.get("refresh_token");
            if (refresh != null && refresh.isTextual() && !refresh.asText().isBlank()) {
                // servers may rotate refresh tokens: the newest one is the one that works
                heldRefreshToken.set(Secret.of(refresh.asText()));
            }
        } catch (IOException e) {
            // the reader above already parsed this body; nothing more to learn from it
        }
    }

    @Override
    public String toString() {
        return "OAuth2TokenFetcher[" + tokenUri + "]";
    }
}
