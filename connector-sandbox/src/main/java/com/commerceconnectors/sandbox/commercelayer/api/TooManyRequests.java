package com.commerceconnectors.sandbox.commercelayer.api;

import com.commerceconnectors.sandbox.commercelayer.CommerceLayerSettings;
import com.commerceconnectors.sandbox.commercelayer.jsonapi.ErrorDocument;
import com.commerceconnectors.sandbox.commercelayer.jsonapi.JsonApiException;
import com.commerceconnectors.sandbox.http.SandboxResponse;

/** The 429 of either rate limit: Commerce Layer's error document, with {@code Retry-After} only if asked for. */
final class TooManyRequests {

    private TooManyRequests() {
    }

    static SandboxResponse answer(CommerceLayerSettings settings) {
        SandboxResponse response = ErrorDocument.of(JsonApiException.tooManyRequests());
        if (settings.apiRetryAfter() != null) {
            response = response.withHeader("Retry-After", Long.toString(settings.apiRetryAfter().toSeconds()));
        }
        return response;
    }
}
