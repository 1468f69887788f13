package com.commerceconnectors.connection;

import java.net.URI;
import java.util.Objects;

/**
 * {@code {type: oauth2, …}}: an OAuth2 grant. Absent values are {@code null}.
 *
 * @param grantType {@code client_credentials}, {@code password}, {@code refresh_token} or
 *                  {@code urn:ietf:params:oauth:grant-type:jwt-bearer}
 */
public record OAuth2Auth(
        String grantType,
        String clientId,
        Secret clientSecret,
        String scope,
        String username,
        Secret password,
        Secret refreshToken,
        Secret assertion,
        URI tokenUri) implements Auth {

    public static final String CLIENT_CREDENTIALS = "client_credentials";
    public static final String PASSWORD = "password";
    public static final String REFRESH_TOKEN = "refresh_token";
    public static final String JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    public OAuth2Auth {
        Objects.requireNonNull(grantType, "grantType");
        Objects.requireNonNull(clientId, "clientId");
    }

    @Override
    public String type() {
        return "oauth2";
    }
}
