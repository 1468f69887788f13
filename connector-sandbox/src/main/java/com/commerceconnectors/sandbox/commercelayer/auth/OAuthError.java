package com.commerceconnectors.sandbox.commercelayer.auth;

/**
 * An error of the auth endpoint, in the RFC 6749 vocabulary Commerce Layer's auth server (Doorkeeper) uses, with
 * its standard descriptions. The body is a JSON:API-style {@code errors} array whose {@code status} is a number.
 */
final class OAuthError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String title;

    private OAuthError(int status, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
    }

    static OAuthError invalidRequest() {
        return new OAuthError(400, "invalid_request", "The request is missing a required parameter, includes an "
                + "unsupported parameter value, or is otherwise malformed.");
    }

    static OAuthError invalidClient() {
        return new OAuthError(401, "invalid_client", "Client authentication failed due to unknown client, no client "
                + "authentication included, or unsupported authentication method.");
    }

    static OAuthError invalidGrant() {
        return new OAuthError(400, "invalid_grant", "The provided authorization grant is invalid, expired, revoked, "
                + "does not match the redirection URI used in the authorization request, or was issued to another "
                + "client.");
    }

    static OAuthError invalidScope() {
        return new OAuthError(400, "invalid_scope", "The requested scope is invalid, unknown, or malformed.");
    }

    static OAuthError unsupportedGrantType() {
        return new OAuthError(400, "unsupported_grant_type",
                "The authorization grant type is not supported by the authorization server.");
    }

    static OAuthError unauthorizedClient() {
        return new OAuthError(400, "unauthorized_client",
                "The client is not authorized to perform this request using this method.");
    }

    static OAuthError invalidAssertion() {
        return new OAuthError(400, "invalid_assertion", "The provided assertion is invalid.");
    }

    static OAuthError notAllowedToRevoke() {
        return new OAuthError(403, "unauthorized_client", "You are not authorized to revoke this token");
    }

    static OAuthError tooManyRequests() {
        return new OAuthError(429, "too_many_requests",
                "You have exceeded the number of requests allowed to the authentication endpoint.");
    }

    int status() {
        return status;
    }

    String title() {
        return title;
    }

    String detail() {
        return getMessage();
    }

    /** The {@code code} member: the HTTP reason in upper snake case, as the auth server writes it. */
    String code() {
        switch (status) {
            case 400: return "BAD_REQUEST";
            case 401: return "UNAUTHORIZED";
            case 403: return "FORBIDDEN";
            case 429: return "TOO_MANY_REQUESTS";
            default: return "ERROR";
        }
    }
}
