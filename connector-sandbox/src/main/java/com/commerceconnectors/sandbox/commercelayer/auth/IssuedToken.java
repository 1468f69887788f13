package com.commerceconnectors.sandbox.commercelayer.auth;

import java.time.Instant;

/**
 * What the token endpoint answers.
 *
 * @param refreshToken {@code null} when the grant gives none
 * @param owner        {@code null} when the token acts for no one
 */
public record IssuedToken(String accessToken, long expiresIn, String scope, Instant createdAt, String refreshToken,
                          Owner owner) {

    @Override
    public String toString() {
        return "IssuedToken[scope=" + scope + ", expiresIn=" + expiresIn + ", owner=" + owner + "]";
    }
}
