package com.commerceconnectors.sandbox.magento.integration;

/** {@code oauth_token.type}: what the integration's token row is at this point of the handshake. */
public enum TokenType {
    /** Created on activation; holds the {@code oauth_verifier} posted to the callback. */
    VERIFIER,
    /** After {@code /oauth/token/request}. */
    REQUEST,
    /** After {@code /oauth/token/access}; signs API calls. */
    ACCESS
}
