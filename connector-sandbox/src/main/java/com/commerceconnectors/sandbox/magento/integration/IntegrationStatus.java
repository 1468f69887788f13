package com.commerceconnectors.sandbox.magento.integration;

/** {@code integration.status}: inactive until its access token exists, active after. */
public enum IntegrationStatus {
    INACTIVE,
    ACTIVE
}
