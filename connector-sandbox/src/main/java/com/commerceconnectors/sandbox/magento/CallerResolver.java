package com.commerceconnectors.sandbox.magento;

import com.commerceconnectors.sandbox.http.SandboxRequest;
import com.commerceconnectors.sandbox.magento.auth.BearerAuthenticator;
import com.commerceconnectors.sandbox.magento.auth.Caller;
import com.commerceconnectors.sandbox.magento.oauth.OAuthAuthenticator;

/**
 * Magento's composite user context for REST calls: OAuth 1.0a parameters when the request has them, otherwise a
 * bearer token, otherwise a guest.
 */
final class CallerResolver {

    private final OAuthAuthenticator oauth;
    private final BearerAuthenticator bearer;

    CallerResolver(OAuthAuthenticator oauth, BearerAuthenticator bearer) {
        this.oauth = oauth;
        this.bearer = bearer;
    }

    Caller resolve(SandboxRequest request) {
        return oauth.authenticate(request).orElseGet(() -> bearer.authenticate(request));
    }
}
