package com.commerceconnectors.core.auth;

/**
 * Obtains a new token: the only I/O an auth policy does. Called by {@link TokenCache} only, never concurrently for the
 * same cache. It must not retry refused credentials (platforms lock accounts after a few failed sign-ins).
 */
@FunctionalInterface
public interface TokenFetcher {

    /**
     * @throws com.commerceconnectors.core.error.ApiException when no token was obtained; category AUTHENTICATION when
     *                                                        the credentials were refused
     */
    AccessToken fetch();
}
