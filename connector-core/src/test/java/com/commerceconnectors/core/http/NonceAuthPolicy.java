package com.commerceconnectors.core.http;

import com.commerceconnectors.core.auth.AuthPolicy;

import java.util.concurrent.atomic.AtomicInteger;

/** A policy that signs each attempt with a new nonce, like WSSE or OAuth 1.0a: shows every attempt is re-authorized. */
final class NonceAuthPolicy implements AuthPolicy {

    private final AtomicInteger nonce = new AtomicInteger();

    @Override
    public ApiRequest authorize(ApiRequest request) {
        int n = nonce.incrementAndGet();
        return request.withSecretHeader("Authorization", "Nonce n-" + n).withSecretHeader("X-WSSE", "Nonce=\"n-" + n + "\"");
    }

    @Override
    public boolean onUnauthorized(ApiRequest sent, ApiResponse response) {
        return false;
    }

    @Override
    public String type() {
        return "nonce";
    }
}
