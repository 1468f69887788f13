package com.commerceconnectors.sandbox.magento.oauth;

import com.commerceconnectors.sandbox.http.SandboxRequest;
import com.commerceconnectors.sandbox.magento.auth.Caller;
import com.commerceconnectors.sandbox.magento.auth.UserType;
import com.commerceconnectors.sandbox.magento.integration.Integration;
import com.commerceconnectors.sandbox.oauth1.CollectedParameters;

import java.util.Optional;

/**
 * Magento's {@code OauthUserContext} for REST calls: a request without OAuth parameters is not its business (empty);
 * one with them is checked, and a refusal becomes the REST error ({@code 401} or {@code 400} with Magento's message);
 * a good signature of an integration that is not active leaves the caller a guest, so the ACL answers.
 */
public final class OAuthAuthenticator {

    private final OAuthServer server;

    public OAuthAuthenticator(OAuthServer server) {
        this.server = server;
    }

    /** @throws com.commerceconnectors.sandbox.magento.web.MagentoException when Magento would refuse the call */
    public Optional<Caller> authenticate(SandboxRequest request) {
        CollectedParameters parameters = MagentoOAuthParameters.collect(request);
        if (parameters.isEmpty()) {
            return Optional.empty();
        }
        Integration integration;
        try {
            integration = server.validateAccessTokenRequest(parameters, RequestUrls.baseUri(request),
                    request.method());
        } catch (OAuthProblem problem) {
            throw problem.toRestError();
        }
        return Optional.of(integration.active()
                ? new Caller(UserType.INTEGRATION, integration.id(), integration.name())
                : Caller.GUEST);
    }
}
