package com.commerceconnectors.core.auth;

import com.commerceconnectors.connection.Secret;
import com.commerceconnectors.core.http.ApiRequest;
import com.commerceconnectors.core.http.ApiResponse;

import java.util.Objects;

/**
 * A static token sent as {@code Authorization: Bearer …}. A 401 is final: there is nothing to refresh, and replaying
 * the same token would only be refused again.
 */
public final class BearerAuthPolicy implements AuthPolicy {

    private final Secret token;
    private final HeaderTemplate header;

    public BearerAuthPolicy(Secret token) {
        this(token, HeaderTemplate.BEARER);
    }

    public BearerAuthPolicy(Secret token, HeaderTemplate header) {
        this.token = Objects.requireNonNull(token, "token");
        this.header = Objects.requireNonNull(header, "header");
    }

    @Override
    public ApiRequest authorize(ApiRequest request) {
        return request.withSecretHeader(header.name(), header.render(token));
    }

    @Override
    public boolean onUnauthorized(ApiRequest sent, ApiResponse response) {
        return false;
    }

    @Override
    public String type() {
        return "bearer";
    }

    @Override
    public String toString() {
        return "BearerAuthPolicy[" + header.name() + "]";
    }
}
