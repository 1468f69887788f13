package com.commerceconnectors.sandbox.commercelayer.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * A set of API credentials of the organization.
 *
 * @param id           the application's id, as the token's {@code application.id} claim carries it
 * @param clientId     the public client id
 * @param clientSecret the secret, or {@code null} for a public (sales channel) application
 */
public record Application(String id, String clientId, String clientSecret, ApplicationKind kind) {

    public Application {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(kind, "kind");
    }

    public boolean isPublic() {
        return clientSecret == null;
    }

    /** A confidential application needs its secret; a public one needs none (a secret sent anyway is ignored). */
    public boolean authenticates(String presentedSecret) {
        if (isPublic()) {
            return true;
        }
        return presentedSecret != null && MessageDigest.isEqual(clientSecret.getBytes(StandardCharsets.UTF_8),
                presentedSecret.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "Application[" + kind.claim() + " " + clientId + "]";
    }
}
