package com.commerceconnectors.commercelayer.support;

import com.commerceconnectors.commercelayer.auth.ApiBaseUri;
import com.commerceconnectors.commercelayer.auth.TokenClaims;
import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.core.check.TestRefiner;
import com.commerceconnectors.core.check.TestResult;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.http.ApiResponse;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Adds to a connection test what the token says (organization, application kind, scope, test or live, markets) and
 * where the API's address came from; reads only a token already held, never asks for one.
 */
public final class ConnectionProbe implements TestRefiner {

    private final Connection connection;
    private final Supplier<Optional<TokenClaims>> claims;

    /**
     * @param connection the connection tested
     * @param claims     the claims of the token the connection holds, once it holds one
     */
    public ConnectionProbe(Connection connection, Supplier<Optional<TokenClaims>> claims) {
        this.connection = connection;
        this.claims = claims;
    }

    @Override
    public TestResult refine(TestResult result, Optional<ApiResponse> response, Optional<ApiException> failure) {
        TestResult out = result;
        Optional<TokenClaims> claims = this.claims.get();
        if (claims.isPresent()) {
            for (Map.Entry<String, Object> e : claims.get().summary().entrySet()) {
                out = out.withDetail(e.getKey(), e.getValue());
            }
        }
        if (connection.baseUri() != null) {
            out = out.withDetail("baseUri", connection.baseUri().toString()).withDetail("baseUriSource", "connection");
        } else if (claims.isPresent()) {
            try {
                out = out.withDetail("baseUri", ApiBaseUri.fromClaims(claims.get()).toString())
                        .withDetail("baseUriSource", "token");
            } catch (ApiException e) {
                // no slug: the failure itself already says to set baseUri
            }
        }
        if (result.ok() && claims.flatMap(TokenClaims::test).orElse(false)) {
            out = out.withMessage(result.message() + " (test mode)");
        }
        return out;
    }
}
