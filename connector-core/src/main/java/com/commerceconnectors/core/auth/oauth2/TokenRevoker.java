package com.commerceconnectors.core.auth.oauth2;

import com.commerceconnectors.connection.Secret;
import com.commerceconnectors.core.error.ErrorMapper;
import com.commerceconnectors.core.http.ApiRequest;
import com.commerceconnectors.core.http.ApiResponse;
import com.commerceconnectors.core.http.HttpTransport;

import java.io.IOException;
import java.net.URI;
import java.util.Objects;

/**
 * Revokes a token at the platform's revocation endpoint: one request, not retried. Revoking is idempotent, but a
 * revocation that failed is reported rather than repeated so an operator sees it.
 */
final class TokenRevoker {

    private final OAuth2Grant grant;
    private final URI revokeUri;
    private final HttpTransport transport;
    private final ErrorMapper errors;

    TokenRevoker(OAuth2Grant grant, URI revokeUri, HttpTransport transport, ErrorMapper errors) {
        this.grant = Objects.requireNonNull(grant, "grant");
        this.revokeUri = Objects.requireNonNull(revokeUri, "revokeUri");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.errors = Objects.requireNonNull(errors, "errors");
    }

    void revoke(Secret token) {
        ApiRequest request = ApiRequest.post(revokeUri)
                .withHeader("Accept", ApiRequest.JSON)
                .withBody(grant.revokeBody(token), ApiRequest.JSON);
        ApiResponse response;
        try {
            response = transport.execute(request);
        } catch (IOException e) {
            throw errors.fromIOException(request, e);
        }
        if (!response.isSuccessful()) {
            throw errors.fromResponse(request, response, false);
        }
    }

    URI uri() {
        return revokeUri;
    }
}
