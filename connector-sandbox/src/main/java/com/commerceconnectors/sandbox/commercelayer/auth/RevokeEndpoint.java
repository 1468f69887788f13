package com.commerceconnectors.sandbox.commercelayer.auth;

import com.commerceconnectors.sandbox.http.SandboxRequest;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.Optional;

/**
 * {@code POST /oauth/revoke} with {@code client_id}, {@code client_secret} (confidential clients) and
 * {@code token} (an access or a refresh token). As RFC 7009 asks, a token the server does not know is answered
 * like a revoked one; a client that cannot authenticate, or that did not get the token, is refused with 403.
 */
final class RevokeEndpoint {

    private final Applications applications;
    private final JwtSigner signer;
    private final TokenRegistry registry;

    RevokeEndpoint(Applications applications, JwtSigner signer, TokenRegistry registry) {
        this.applications = applications;
        this.signer = signer;
        this.registry = registry;
    }

    void handle(SandboxRequest request) {
        AuthParameters parameters = AuthParameters.read(request);
        Application application = applications.byClientId(parameters.get("client_id"))
                .filter(a -> a.authenticates(parameters.get("client_secret")))
                .orElseThrow(OAuthError::notAllowedToRevoke);
        String token = parameters.get("token");
        if (token == null) {
            throw OAuthError.invalidRequest();
        }
        Optional<String> accessOwner = signer.verify(token)
                .map(claims -> claims.path("application").path("id"))
                .filter(JsonNode::isTextual)
                .map(JsonNode::asText);
        if (accessOwner.isPresent()) {
            if (!accessOwner.get().equals(application.id())) {
                throw OAuthError.notAllowedToRevoke();
            }
            registry.revokeAccessToken(token);
            return;
        }
        Optional<TokenRegistry.RefreshGrant> refresh = registry.anyRefreshGrant(token);
        if (refresh.isPresent()) {
            if (!refresh.get().applicationId().equals(application.id())) {
                throw OAuthError.notAllowedToRevoke();
            }
            registry.revokeRefreshToken(token);
        }
    }
}
