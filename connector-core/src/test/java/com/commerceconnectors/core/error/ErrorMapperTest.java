package com.commerceconnectors.core.error;

import com.commerceconnectors.connection.Secret;
import com.commerceconnectors.core.http.ApiRequest;
import com.commerceconnectors.core.http.ApiResponse;
import com.commerceconnectors.core.http.Headers;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorMapperTest {

    private static final URI URI_ = URI.create("https://shop.example.com/rest/V1/products?searchCriteria%5BpageSize%5D=1");
    private final Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    private static ApiResponse json(int status, String body, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Content-Type";
        all[1] = "application/json";
        System.arraycopy(headers, 0, all, 2, headers.length);
        return new ApiResponse(status, Headers.of(all), body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void writesWhatHappenedAndWhatToDoWithTheConnectorsAdvice() {
        ErrorAdvisor magento = (f, d) -> f.status() == 401 && f.credentialsRefreshed()
                ? "The token was refreshed once and still refused: check the integration's API permissions (ACL) for this resource"
                : d;
        ErrorMapper mapper = new ErrorMapper("Magento", ErrorBodyDecoder.standard(), magento, clock);
        ApiException e = mapper.fromResponse(ApiRequest.get(URI_), json(401,
                "{\"message\":\"The consumer isn't authorized to access %resources.\",\"parameters\":{\"resources\":\"Magento_Catalog::products\"}}"),
                true);
        assertThat(e.getMessage()).isEqualTo("Magento answered 401 Unauthorized: The consumer isn't authorized to access "
                + "Magento_Catalog::products. The token was refreshed once and still refused: check the integration's API "
                + "permissions (ACL) for this resource. (GET https://shop.example.com/rest/V1/products?searchCriteria%5BpageSize%5D=1)");
        assertThat(e.category()).isEqualTo(ErrorCategory.AUTHENTICATION);
        assertThat(e.status()).isEqualTo(401);
        assertThat(e.platformMessage()).contains("The consumer isn't authorized to access Magento_Catalog::products.");
        assertThat(e.retryable()).isFalse();
    }

    @Test
    void mapsStatusesToCategories() {
        assertThat(ErrorMapper.categoryOf(400)).isEqualTo(ErrorCategory.VALIDATION);
        assertThat(ErrorMapper.categoryOf(403)).isEqualTo(ErrorCategory.AUTHORIZATION);
        assertThat(ErrorMapper.categoryOf(404)).isEqualTo(ErrorCategory.NOT_FOUND);
        assertThat(ErrorMapper.categoryOf(409)).isEqualTo(ErrorCategory.CONFLICT);
        assertThat(ErrorMapper.categoryOf(422)).isEqualTo(ErrorCategory.VALIDATION);
        assertThat(ErrorMapper.categoryOf(429)).isEqualTo(ErrorCategory.RATE_LIMITED);
        assertThat(ErrorMapper.categoryOf(502)).isEqualTo(ErrorCategory.SERVER);
        assertThat(ErrorMapper.categoryOf(301)).isEqualTo(ErrorCategory.PROTOCOL);
    }

    @Test
    void neverMarksAWriteRetryableWhenItMayHaveBeenProcessed() {
        ErrorMapper mapper = ErrorMapper.standard("Shop");
        ApiRequest post = ApiRequest.post(URI_).withJsonBody("{}");
        ApiRequest get = ApiRequest.get(URI_);
        assertThat(mapper.fromResponse(post, json(502, "{}"), false).retryable()).isFalse();
        assertThat(mapper.fromResponse(get, json(502, "{}"), false).retryable()).isTrue();
        assertThat(mapper.fromResponse(post, json(503, "{}"), false).retryable()).isFalse();
        assertThat(mapper.fromResponse(post, json(503, "{}", "Retry-After", "5"), false).retryable()).isTrue();
        assertThat(mapper.fromResponse(post, json(429, "{}"), false).retryable()).isTrue();
        assertThat(mapper.fromIOException(post, new NoHttpResponseException("dropped")).retryable()).isFalse();
        assertThat(mapper.fromIOException(get, new NoHttpResponseException("dropped")).retryable()).isTrue();
        assertThat(mapper.fromIOException(post, new ConnectTimeoutException("timeout")).retryable()).isTrue();
        assertThat(mapper.fromIOException(get, new UnknownHostException("x.invalid")).retryable()).isFalse();
    }

    @Test
    void saysWhenToRetryAfterARateLimit() {
        ErrorMapper mapper = new ErrorMapper("Shop", ErrorBodyDecoder.standard(), ErrorAdvisor.standard(), clock);
        ApiException e = mapper.fromResponse(ApiRequest.get(URI_), json(429, "{}", "Retry-After", "120"), false);
        assertThat(e.retryAfter()).contains(Duration.ofSeconds(120));
        assertThat(e.getMessage()).contains("Wait until 2026-01-01T00:02:00Z (120 s) before sending more");
    }

    @Test
    void redactsSecretsATokenEndpointEchoes() {
        ErrorMapper mapper = ErrorMapper.standard("Shop");
        ApiException e = mapper.fromTokenResponse(ApiRequest.post(URI_),
                json(400, "{\"message\":\"Invalid login for password h\\\"unter2!\"}"), List.of(Secret.of("h\"unter2!")));
        assertThat(e.category()).isEqualTo(ErrorCategory.AUTHENTICATION);
        assertThat(e.reason()).isEqualTo(FailureReason.TOKEN_ENDPOINT);
        assertThat(e.getMessage()).doesNotContain("unter2").contains("Invalid login for password ******");
        assertThat(e.getMessage()).contains("Do not retry in a loop");
    }

    @Test
    void describesEmptyBodiesAndRedirectsOfWrites() {
        ErrorMapper mapper = ErrorMapper.standard("Shop");
        assertThat(mapper.fromResponse(ApiRequest.get(URI_), new ApiResponse(500, Headers.empty(), null), false).getMessage())
                .startsWith("Shop answered 500 Internal Server Error with an empty body.");
        ApiException redirect = mapper.fromResponse(ApiRequest.post(URI_),
                new ApiResponse(301, Headers.of("Location", "https://other.example.com/x?token=abc"), null), false);
        assertThat(redirect.category()).isEqualTo(ErrorCategory.PROTOCOL);
        assertThat(redirect.reason()).isEqualTo(FailureReason.REDIRECT);
        assertThat(redirect.getMessage()).contains("to https://other.example.com/x?token=******").doesNotContain("abc");
    }
}
