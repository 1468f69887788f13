package com.commerceconnectors.magento2.oauth;

import com.commerceconnectors.connection.Secret;

import java.net.URI;
import java.util.Objects;

/**
 * The four credentials of an activated integration, what an {@code oauth1} connection needs, and the store they
 * belong to. {@code toString()} shows the store only.
 *
 * @param storeBaseUrl      the store's base URL as Magento posted it (ends with {@code /})
 * @param consumerKey       the integration's consumer key
 * @param consumerSecret    its consumer secret
 * @param accessToken       the access token the exchange produced
 * @param accessTokenSecret its secret
 */
public record IntegrationTokens(URI storeBaseUrl, String consumerKey, Secret consumerSecret, Secret accessToken,
                                Secret accessTokenSecret) {

    public IntegrationTokens {
        Objects.requireNonNull(storeBaseUrl, "storeBaseUrl");
        Objects.requireNonNull(consumerKey, "consumerKey");
        Objects.requireNonNull(consumerSecret, "consumerSecret");
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(accessTokenSecret, "accessTokenSecret");
    }

    /** The store's REST root, {@code store_base_url + "rest"}: what a connection calls {@code baseUri}. */
    public URI restUri() {
        return storeBaseUrl.resolve("rest");
    }

    @Override
    public String toString() {
        return "IntegrationTokens[" + storeBaseUrl + ", " + Secret.MASK + "]";
    }
}
