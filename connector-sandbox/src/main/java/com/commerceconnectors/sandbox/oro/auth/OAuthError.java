package com.commerceconnectors.sandbox.oro.auth;

import com.commerceconnectors.sandbox.http.SandboxResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An error of the token endpoint, shaped as league/oauth2-server 8 renders it:
 * {@code {"error", "error_description", "hint"?, "message"}} ({@code message} repeats the description for older
 * clients).
 */
final class OAuthError extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int status;
    private final String error;
    private final String hint;

    private OAuthError(int status, String error, String description, String hint) {
        super(description, null, false, false);
        this.status = status;
        this.error = error;
        this.hint = hint;
    }

    static OAuthError invalidClient() {
        return new OAuthError(401, "invalid_client", "Client authentication failed", null);
    }

    static OAuthError invalidRequest(String parameter) {
        return new OAuthError(400, "invalid_request", "The request is missing a required parameter, includes an "
                + "invalid parameter value, includes a parameter more than once, or is otherwise malformed.",
                "Check the `" + parameter + "` parameter");
    }

    static OAuthError unsupportedGrantType() {
        return new OAuthError(400, "unsupported_grant_type",
                "The authorization grant type is not supported by the authorization server.",
                "Check that all required parameters have been provided");
    }

    static OAuthError invalidCredentials() {
        return new OAuthError(400, "invalid_grant", "The user credentials were incorrect.", null);
    }

    static OAuthError invalidRefreshToken(String hint) {
        return new OAuthError(401, "invalid_request", "The refresh token is invalid.", hint);
    }

    int status() {
        return status;
    }

    String error() {
        return error;
    }

    SandboxResponse toResponse() {
        ObjectNode body = JSON.createObjectNode();
        body.put("error", error);
        body.put("error_description", getMessage());
        if (hint != null) {
            body.put("hint", hint);
        }
        body.put("message", getMessage());
        return SandboxResponse.text(status, SandboxResponse.JSON, body.toString());
    }
}
