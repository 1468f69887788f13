package com.commerceconnectors.commercelayer.support;

import com.commerceconnectors.core.http.ApiRequest;
import com.commerceconnectors.core.http.HttpMethod;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The windows Commerce Layer counts requests in, per its rate-limit documentation. */
class CommerceLayerRateLimitsTest {

    private static Optional<String> bucket(HttpMethod method, String uri) {
        return CommerceLayerRateLimits.bucketOf(ApiRequest.of(method, URI.create(uri)));
    }

    @Test
    void readsOfCachedResourcesOtherReadsAndWritesAreCountedApartPerOrganisation() {
        assertThat(bucket(HttpMethod.GET, "https://shop.commercelayer.io/api/skus?page%5Bsize%5D=25"))
                .contains("shop.commercelayer.io cacheable reads");
        assertThat(bucket(HttpMethod.GET, "https://shop.commercelayer.io/api/skus/WLgbSXqyoZ"))
                .contains("shop.commercelayer.io cacheable reads");
        assertThat(bucket(HttpMethod.GET, "https://shop.commercelayer.io/api/percentage_discount_promotions"))
                .contains("shop.commercelayer.io cacheable reads");
        assertThat(bucket(HttpMethod.GET, "https://shop.commercelayer.io/api/orders"))
                .contains("shop.commercelayer.io other reads");
        assertThat(bucket(HttpMethod.PATCH, "https://shop.commercelayer.io/api/skus/WLgbSXqyoZ"))
                .contains("shop.commercelayer.io writes");
        assertThat(bucket(HttpMethod.GET, "https://other.commercelayer.io/api/skus"))
                .contains("other.commercelayer.io cacheable reads");
        assertThat(bucket(HttpMethod.GET, "http://127.0.0.1:8080/commercelayer/api/skus"))
                .contains("127.0.0.1:8080 cacheable reads");
    }

    @Test
    void tokenRequestsAreNotPaced() {
        assertThat(bucket(HttpMethod.POST, "https://auth.commercelayer.io/oauth/token")).isEmpty();
    }
}
