package com.commerceconnectors.core.error;

import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

class SafeUriTest {

    @Test
    void masksValuesOfCredentialParametersOnly() {
        URI uri = URI.create("https://shop.example.com/rest/V1/products?searchCriteria%5BpageSize%5D=10&access_token=abc"
                + "&api-key=k1&client_secret=s&key=v&storeCode=default&Password=p");
        assertThat(SafeUri.of(uri)).isEqualTo("https://shop.example.com/rest/V1/products?searchCriteria%5BpageSize%5D=10"
                + "&access_token=******&api-key=******&client_secret=******&key=******&storeCode=default&Password=******");
    }

    @Test
    void dropsUserInfo() {
        assertThat(SafeUri.of(URI.create("http://admin:hunter2@127.0.0.1:8080/a?b=c")))
                .isEqualTo("http://127.0.0.1:8080/a?b=c");
    }

    @Test
    void recognisesSensitiveNames() {
        assertThat(SafeUri.isSensitiveName("oauth_signature")).isTrue();
        assertThat(SafeUri.isSensitiveName("refreshToken")).isTrue();
        assertThat(SafeUri.isSensitiveName("searchCriteria[filter_groups][0][filters][0][field]")).isFalse();
        assertThat(SafeUri.isSensitiveName("page[size]")).isFalse();
    }
}
