package com.commerceconnectors.sandbox.magento.integration;

/** A token row found by its token value, with the integration (consumer) it belongs to. */
public record TokenRow(long integrationId, OAuthToken token) {
}
