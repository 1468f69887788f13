package com.commerceconnectors.core.error;

import com.commerceconnectors.core.error.DecodedError.Shape;
import com.commerceconnectors.core.http.ApiResponse;
import com.commerceconnectors.core.http.Headers;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class StandardErrorBodyDecoderTest {

    private final ErrorBodyDecoder decoder = ErrorBodyDecoder.standard();

    private static ApiResponse response(String contentType, String body) {
        return new ApiResponse(400, contentType == null ? Headers.empty() : Headers.of("Content-Type", contentType),
                body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void fillsNamedParametersOfAMessage() {
        DecodedError e = decoder.decode(response("application/json",
                "{\"message\":\"The consumer isn't authorized to access %resources.\",\"parameters\":{\"resources\":\"Magento_Catalog::products\"}}"));
        assertThat(e.shape()).isEqualTo(Shape.MESSAGE);
        assertThat(e.message()).isEqualTo("The consumer isn't authorized to access Magento_Catalog::products.");
    }

    @Test
    void fillsNumberedParametersAndKeepsUnknownPlaceholders() {
        DecodedError e = decoder.decode(response("application/json",
                "{\"message\":\"%fieldName is a required field; %1 of %2 at 100%3\",\"parameters\":[\"sku\",\"product\"]}"));
        assertThat(e.message()).isEqualTo("%fieldName is a required field; sku of product at 100%3");
    }

    @Test
    void collectsNestedErrorsAsDetails() {
        DecodedError e = decoder.decode(response("application/json",
                "{\"message\":\"Validation failed.\",\"errors\":[{\"message\":\"\\\"%fieldName\\\" is required.\","
                        + "\"parameters\":{\"fieldName\":\"price\"}},{\"message\":\"Invalid sku\"}]}"));
        assertThat(e.message()).isEqualTo("Validation failed.");
        assertThat(e.details()).containsExactly("\"price\" is required.", "Invalid sku");
    }

    @Test
    void readsJsonApiErrorsWithTheirSource() {
        DecodedError e = decoder.decode(response("application/vnd.api+json",
                "{\"errors\":[{\"status\":\"422\",\"title\":\"can't be blank\",\"detail\":\"code - can't be blank\","
                        + "\"code\":\"VALIDATION_ERROR\",\"source\":{\"pointer\":\"/data/attributes/code\"}},"
                        + "{\"title\":\"is invalid\",\"source\":{\"parameter\":\"filter[sku]\"}}]}"));
        assertThat(e.shape()).isEqualTo(Shape.JSON_API);
        assertThat(e.code()).isEqualTo("VALIDATION_ERROR");
        assertThat(e.message()).isEqualTo("code - can't be blank (at /data/attributes/code); is invalid (at filter[sku])");
        assertThat(e.details()).hasSize(2);
    }

    @Test
    void readsOAuth2Errors() {
        DecodedError e = decoder.decode(response("application/json",
                "{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\"}"));
        assertThat(e.shape()).isEqualTo(Shape.OAUTH2);
        assertThat(e.code()).isEqualTo("invalid_client");
        assertThat(e.message()).isEqualTo("Client authentication failed (invalid_client)");
    }

    @Test
    void readsProblemDetails() {
        DecodedError e = decoder.decode(response("application/problem+json", "{\"title\":\"Forbidden\",\"detail\":\"No access\"}"));
        assertThat(e.shape()).isEqualTo(Shape.PROBLEM);
        assertThat(e.message()).isEqualTo("Forbidden: No access");
    }

    @Test
    void recognisesAnHtmlPageAndQuotesItsTitle() {
        DecodedError e = decoder.decode(response("text/html; charset=UTF-8",
                "<!DOCTYPE html><html><head><title>\n  Service &amp; Maintenance </title></head><body>x</body></html>"));
        assertThat(e.shape()).isEqualTo(Shape.HTML);
        assertThat(e.message()).isEqualTo("the server answered with an HTML page (title: \"Service & Maintenance\") instead "
                + "of JSON — is baseUri pointing at the API root? a proxy or maintenance page?");
    }

    @Test
    void recognisesHtmlWithoutContentTypeOrTitle() {
        DecodedError e = decoder.decode(response(null, "<html><body>Bad gateway</body></html>"));
        assertThat(e.shape()).isEqualTo(Shape.HTML);
        assertThat(e.message()).startsWith("the server answered with an HTML page instead of JSON");
    }

    @Test
    void reportsEmptyBodies() {
        assertThat(decoder.decode(response("application/json", "  ")).shape()).isEqualTo(Shape.EMPTY);
        assertThat(decoder.decode(new ApiResponse(401, Headers.empty(), null)).message()).isNull();
    }

    @Test
    void reportsTruncatedJsonWithoutQuotingIt() {
        DecodedError e = decoder.decode(response("application/json", "{\"message\":\"Internal err"));
        assertThat(e.shape()).isEqualTo(Shape.MALFORMED_JSON);
        assertThat(e.message()).matches("the answer is not valid JSON \\(24 bytes, truncated or malformed\\)");
    }

    @Test
    void quotesTheFirstLineOfPlainText() {
        DecodedError e = decoder.decode(response("text/plain", "upstream connect error\nreset reason: overflow"));
        assertThat(e.shape()).isEqualTo(Shape.TEXT);
        assertThat(e.message()).isEqualTo("upstream connect error");
    }

    @Test
    void readsABareJsonStringAndIgnoresUnknownShapes() {
        assertThat(decoder.decode(response("application/json", "\"Request does not match any route.\"")).message())
                .isEqualTo("Request does not match any route.");
        DecodedError other = decoder.decode(response("application/json", "{\"foo\":1}"));
        assertThat(other.shape()).isEqualTo(Shape.OTHER_JSON);
        assertThat(other.hasMessage()).isFalse();
    }
}
