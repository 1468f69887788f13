package com.commerceconnectors.sandbox.magento.integration;

/**
 * What Magento posts to an integration's callback URL on activation: {@code oauth_consumer_key},
 * {@code oauth_consumer_secret}, {@code store_base_url} and {@code oauth_verifier}. Prints no secret.
 */
public record CallbackPost(String consumerKey, String consumerSecret, String storeBaseUrl, String verifier) {

    @Override
    public String toString() {
        return "CallbackPost[" + storeBaseUrl + ", ****]";
    }
}
