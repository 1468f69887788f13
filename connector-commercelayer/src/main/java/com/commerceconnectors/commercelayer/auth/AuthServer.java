package com.commerceconnectors.commercelayer.auth;

import com.commerceconnectors.connection.OAuth2Auth;
import com.commerceconnectors.core.auth.oauth2.OAuth2Endpoints;

import java.net.URI;

/**
 * Where Commerce Layer's OAuth2 server takes token and revocation requests: {@code https://auth.commercelayer.io}
 * unless the connection's {@code auth.tokenUri} names another token endpoint; the revocation endpoint then sits beside
 * it ({@code …/oauth/token} → {@code …/oauth/revoke}), as in commercelayer-js-auth.
 */
public final class AuthServer {

    /** The global token endpoint every organization uses since the per-organization ones were retired (2024). */
    public static final URI DEFAULT_TOKEN_URI = URI.create("https://auth.commercelayer.io/oauth/token");

    private static final String TOKEN_PATH = "/oauth/token";
    private static final String REVOKE_PATH = "/oauth/revoke";

    private AuthServer() {
    }

    /** The endpoints for this auth section: its token URI (or the default) and the revoke URI derived from it. */
    public static OAuth2Endpoints endpointsFor(OAuth2Auth auth) {
        URI token = auth.tokenUri() != null ? auth.tokenUri() : DEFAULT_TOKEN_URI;
        return new OAuth2Endpoints(token, revokeUriFor(token));
    }

    /**
     * The revocation endpoint beside a token endpoint, or {@code null} when the token endpoint's path does not end in
     * {@code /oauth/token} (then there is no way to know where tokens are revoked, and revoking says so).
     */
    public static URI revokeUriFor(URI tokenUri) {
        String path = tokenUri.getRawPath();
        if (path == null) {
            return null;
        }
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        if (!trimmed.endsWith(TOKEN_PATH)) {
            return null;
        }
        String revokePath = trimmed.substring(0, trimmed.length() - TOKEN_PATH.length()) + REVOKE_PATH;
        return tokenUri.resolve(revokePath);
    }
}
