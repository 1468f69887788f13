package com.commerceconnectors.core.auth;

import com.commerceconnectors.core.error.FailureContext;
import com.commerceconnectors.core.http.ApiRequest;
import com.commerceconnectors.core.http.ApiResponse;

/**
 * How requests to a platform are authenticated; one small interface in the spirit of OkHttp's {@code Authenticator}.
 * <p>
 * {@link #authorize} is called for <b>every attempt</b>, retries and replays included, so a policy that signs with a
 * nonce or a timestamp produces a fresh one each time. A policy does no I/O of its own except through an injected
 * {@link TokenFetcher}. Implementations are thread-safe.
 */
public interface AuthPolicy {

    /**
     * Decorates one attempt: adds the credentials (as secret headers, see {@link ApiRequest#withSecretHeader}).
     *
     * @throws com.commerceconnectors.core.error.ApiException when credentials cannot be obtained (a refused sign-in)
     */
    ApiRequest authorize(ApiRequest request);

    /**
     * A 401 came back for {@code sent}. Return {@code true} to have the request replayed once, after making sure the
     * next {@link #authorize} uses other credentials (invalidate a cached token, but only if it is still the one that
     * failed); {@code false} to fail now. Called at most once per request.
     */
    boolean onUnauthorized(ApiRequest sent, ApiResponse response);

    /** The document's {@code auth.type} this policy implements, e.g. {@code bearer}. */
    String type();

    /**
     * What an operator should do about a failed request, in this policy's terms: an OAuth 1.0a "signature is invalid"
     * needs other advice than a refused bearer token. Called after the connector's
     * {@link com.commerceconnectors.core.error.ErrorAdvisor}, with what it said; return {@code advice} to keep that.
     * Must not return a secret.
     */
    default String advise(FailureContext failure, String advice) {
        return advice;
    }

    /** No authentication at all. */
    static AuthPolicy none() {
        return NoAuthPolicy.INSTANCE;
    }
}
