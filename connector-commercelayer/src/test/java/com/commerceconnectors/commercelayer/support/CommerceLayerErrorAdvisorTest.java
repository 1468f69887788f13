package com.commerceconnectors.commercelayer.support;

import com.commerceconnectors.core.error.DecodedError;
import com.commerceconnectors.core.error.ErrorMapper;
import com.commerceconnectors.core.error.FailureContext;
import com.commerceconnectors.core.error.FailureReason;
import com.commerceconnectors.core.http.ApiResponse;
import com.commerceconnectors.core.http.Headers;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Advice per Commerce Layer status, and its auth server's OAuth2 error read from the JSON:API title. */
class CommerceLayerErrorAdvisorTest {

    private static final String GENERIC = "generic advice";

    private static String advise(String authType, int status, String method, String code, String message,
                                 boolean refreshed, boolean tokenEndpoint) {
        FailureContext failure = new FailureContext(ErrorMapper.categoryOf(status), FailureReason.HTTP_STATUS, status,
                new DecodedError(DecodedError.Shape.JSON_API, message, code, List.of()), method,
                URI.create("https://acme.commercelayer.io/api/skus"), refreshed, tokenEndpoint);
        return CommerceLayerErrorAdvisor.forAuthType(authType).advise(failure, GENERIC);
    }

    @Test
    void eachStatusGetsAdviceInCommerceLayersTerms() {
        assertThat(advise("oauth2", 401, "POST", "UNAUTHORIZED", null, true, false)).contains("sales-channel");
        assertThat(advise("bearer", 401, "GET", null, null, false, false)).contains("never renewed").contains("oauth2");
        assertThat(advise("oauth2", 403, "GET", null, null, false, false)).contains("role");
        assertThat(advise("oauth2", 404, "GET", "RECORD_NOT_FOUND", null, false, false)).contains("No record has this id");
        assertThat(advise("oauth2", 404, "GET", null, null, false, false)).contains("resource name");
        assertThat(advise("oauth2", 409, "PATCH", null, null, false, false)).contains("data.id");
        assertThat(advise("oauth2", 422, "POST", "VALIDATION_ERROR", "code - has already been taken", false, false))
                .isEqualTo("Correct the record and send it again: code - has already been taken");
        assertThat(advise("oauth2", 423, "PATCH", null, null, false, false)).contains("locked").contains("retry later");
        assertThat(advise("oauth2", 429, "GET", null, null, false, false)).contains("no reset time").contains("25");
        assertThat(advise("oauth2", 400, "GET", null, null, false, false)).contains("ransack");
        assertThat(advise("oauth2", 400, "POST", null, null, false, false)).contains("Check the record");
        assertThat(advise("oauth2", 406, "GET", null, null, false, false)).contains("application/vnd.api+json");
        assertThat(advise("oauth2", 500, "GET", null, null, false, false)).isEqualTo(GENERIC);
    }

    @Test
    void theAuthEndpointsRateLimitIsExplained() {
        assertThat(advise("oauth2", 429, "POST", null, null, false, true)).contains("30 token requests a minute");
        assertThat(advise("oauth2", 401, "POST", "invalid_client", null, false, true)).isEqualTo(GENERIC);
    }

    @Test
    void theOAuth2ErrorInTheTitleBecomesTheCode() {
        byte[] body = """
                {"errors":[{"title":"invalid_scope","detail":"The requested scope is invalid, unknown, or malformed.",
                "code":"BAD_REQUEST","status":400}]}""".getBytes(StandardCharsets.UTF_8);
        DecodedError decoded = CommerceLayerErrorDecoder.INSTANCE.decode(new ApiResponse(400,
                Headers.empty().with("Content-Type", "application/json"), body));
        assertThat(decoded.code()).isEqualTo("invalid_scope");
        assertThat(decoded.message()).contains("scope is invalid");
        byte[] api = """
                {"errors":[{"title":"has already been taken","detail":"code - has already been taken",
                "code":"VALIDATION_ERROR","status":"422"}]}""".getBytes(StandardCharsets.UTF_8);
        assertThat(CommerceLayerErrorDecoder.INSTANCE.decode(new ApiResponse(422,
                Headers.empty().with("Content-Type", "application/vnd.api+json"), api)).code()).isEqualTo("VALIDATION_ERROR");
    }
}
