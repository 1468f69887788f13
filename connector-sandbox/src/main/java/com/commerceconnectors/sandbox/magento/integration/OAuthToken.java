package com.commerceconnectors.sandbox.magento.integration;

/**
 * The integration's token row: token, secret and verifier are 32 characters each, as Magento generates them. Its
 * {@code toString} shows the type only.
 */
public record OAuthToken(TokenType type, String token, String secret, String verifier, boolean revoked) {

    OAuthToken convertedTo(TokenType newType, String newToken, String newSecret) {
        return new OAuthToken(newType, newToken, newSecret, verifier, revoked);
    }

    @Override
    public String toString() {
        return "OAuthToken[" + type + (revoked ? ", revoked" : "") + "]";
    }
}
