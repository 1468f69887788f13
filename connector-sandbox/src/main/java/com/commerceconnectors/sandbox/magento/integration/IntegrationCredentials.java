package com.commerceconnectors.sandbox.magento.integration;

/**
 * What a client needs to sign API calls as an integration (as the admin's "Integration Details" page shows them).
 * Its {@code toString} shows none of them.
 */
public record IntegrationCredentials(String consumerKey, String consumerSecret, String accessToken,
                                     String accessTokenSecret) {

    @Override
    public String toString() {
        return "IntegrationCredentials[****]";
    }
}
