package com.commerceconnectors.sandbox.oro.auth;

import java.util.Set;

/**
 * An OAuth application registered in Oro. A back-office application with the client-credentials grant acts as
 * the user it belongs to ({@code ownerUserId}); a storefront application signs customer users (and guests) in with
 * the password grant, and may then refresh. {@code toString} never prints the secret.
 */
public record OAuthClient(String clientId, String clientSecret, ApiKind api, Set<String> grants, long ownerUserId) {

    public static final String CLIENT_CREDENTIALS = "client_credentials";
    public static final String PASSWORD = "password";
    public static final String REFRESH_TOKEN = "refresh_token";

    public OAuthClient {
        grants = Set.copyOf(grants);
    }

    public boolean allows(String grantType) {
        return grants.contains(grantType)
                || (REFRESH_TOKEN.equals(grantType) && grants.contains(PASSWORD));
    }

    @Override
    public String toString() {
        return "OAuthClient[" + clientId + ", " + api + ", grants=" + grants + "]";
    }
}
