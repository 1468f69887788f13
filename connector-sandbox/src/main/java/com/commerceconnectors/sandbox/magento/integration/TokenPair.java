package com.commerceconnectors.sandbox.magento.integration;

/** {@code oauth_token} and {@code oauth_token_secret} as the handshake answers them. Prints neither. */
public record TokenPair(String token, String secret) {

    @Override
    public String toString() {
        return "TokenPair[****]";
    }
}
