package com.commerceconnectors.core.http;

import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiUrisTest {

    @Test
    void requestUrisGoBelowTheAddressWhateverItsTrailingSlashes() {
        assertThat(ApiUris.below(URI.create("https://shop.example.com/rest//"), "default/V1/products", "a=1"))
                .isEqualTo(URI.create("https://shop.example.com/rest/default/V1/products?a=1"));
        assertThat(ApiUris.below(URI.create("https://x.commercelayer.io"), "api/skus", ""))
                .isEqualTo(URI.create("https://x.commercelayer.io/api/skus"));
        assertThatThrownBy(() -> ApiUris.below(URI.create("https://x.example.com"), "a b|c", null))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.category()).isEqualTo(ErrorCategory.CONFIGURATION);
                    assertThat(e.summary()).contains("'a b|c' does not make a valid URL");
                });
    }
}
