package com.commerceconnectors.core.auth;

/** Maps a connection to its {@link AuthPolicy}. */
@FunctionalInterface
public interface AuthPolicyFactory {

    /** @throws com.commerceconnectors.core.error.ApiException (CONFIGURATION) for an auth that cannot be used */
    AuthPolicy create(AuthContext context);
}
