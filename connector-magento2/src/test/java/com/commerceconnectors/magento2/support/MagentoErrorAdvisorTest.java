package com.commerceconnectors.magento2.support;

import com.commerceconnectors.core.error.DecodedError;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.core.error.FailureContext;
import com.commerceconnectors.core.error.FailureReason;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/** Magento's advice depends on the kind of credentials that were refused. */
class MagentoErrorAdvisorTest {

    private static final String NOT_AUTHORIZED = "The consumer isn't authorized to access Magento_Catalog::products.";

    @Test
    void aRefusedOAuth1CallIsNotExplainedAsABearerToken() {
        String advice = MagentoErrorAdvisor.forAuthType("oauth1").advise(failure(401, NOT_AUTHORIZED), "generic");
        assertThat(advice).contains("auth.consumerKey").contains("integration").doesNotContainIgnoringCase("bearer");
    }

    @Test
    void aRefusedBearerTokenNamesTheSettingMagento244TurnedOff() {
        String advice = MagentoErrorAdvisor.forAuthType("bearer").advise(failure(401, NOT_AUTHORIZED), "generic");
        assertThat(advice).contains("enable_integration_as_bearer").contains("oauth1");
    }

    @Test
    void withoutTheAuthTypeEveryLikelyCauseIsNamed() {
        String advice = MagentoErrorAdvisor.INSTANCE.advise(failure(401, NOT_AUTHORIZED), "generic");
        assertThat(advice).contains("with auth type bearer").contains("enable_integration_as_bearer");
    }

    @Test
    void anExpiredConsumerKeyMeansAnExpiredTokenForBearerAndALateExchangeForOAuth1() {
        FailureContext expired = failure(401, "Consumer key has expired");
        assertThat(MagentoErrorAdvisor.forAuthType("bearer").advise(expired, "generic"))
                .contains("token has expired").contains("requestAuth");
        assertThat(MagentoErrorAdvisor.forAuthType("oauth1").advise(expired, "generic"))
                .contains("5 minutes").contains("Reauthorize");
    }

    @Test
    void oauthRefusalsGetMagentosRules() {
        assertThat(MagentoErrorAdvisor.INSTANCE.advise(failure(400, "Signature method HMAC-SHA1 is not supported"), "g"))
                .contains("set auth.signatureMethod to HMAC-SHA256");
        assertThat(MagentoErrorAdvisor.INSTANCE.advise(
                failure(400, "Incorrect timestamp value in the oauth_timestamp parameter"), "g")).contains("NTP");
        assertThat(MagentoErrorAdvisor.INSTANCE.advise(
                failure(401, "The nonce is already being used by the consumer with ID 1"), "g")).contains("proxy");
    }

    private static FailureContext failure(int status, String message) {
        return new FailureContext(status == 401 ? ErrorCategory.AUTHENTICATION : ErrorCategory.VALIDATION,
                FailureReason.HTTP_STATUS, status, DecodedError.of(DecodedError.Shape.MESSAGE, message), "GET",
                URI.create("http://127.0.0.1/rest/V1/products"), false, false);
    }
}
