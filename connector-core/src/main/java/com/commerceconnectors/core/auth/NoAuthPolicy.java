package com.commerceconnectors.core.auth;

import com.commerceconnectors.core.http.ApiRequest;
import com.commerceconnectors.core.http.ApiResponse;

/** Sends requests as they are. */
final class NoAuthPolicy implements AuthPolicy {

    static final NoAuthPolicy INSTANCE = new NoAuthPolicy();

    @Override
    public ApiRequest authorize(ApiRequest request) {
        return request;
    }

    @Override
    public boolean onUnauthorized(ApiRequest sent, ApiResponse response) {
        return false;
    }

    @Override
    public String type() {
        return "none";
    }

    @Override
    public String toString() {
        return "NoAuthPolicy";
    }
}
