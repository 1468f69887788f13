package com.commerceconnectors.core.auth.oauth1;

import com.commerceconnectors.connection.SignatureMethod;
import com.commerceconnectors.core.error.DecodedError;
import com.commerceconnectors.core.error.ErrorMapper;
import com.commerceconnectors.core.error.FailureContext;
import com.commerceconnectors.core.error.FailureReason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;

import static org.assertj.core.api.Assertions.assertThat;

/** The advice for each of Magento's OAuth refusals, and what is left alone. */
class OAuth1AdviceTest {

    private static String advise(int status, String message, SignatureMethod method) {
        FailureContext failure = new FailureContext(ErrorMapper.categoryOf(status), FailureReason.HTTP_STATUS, status,
                DecodedError.of(DecodedError.Shape.MESSAGE, message), "GET", URI.create("https://h/rest/V1/x"), false, false);
        return OAuth1Advice.advise(failure, "generic", method);
    }

    @ParameterizedTest(name = "{0} {1} ({2})")
    @CsvSource(delimiter = '|', value = {
        "401|The signature is invalid. Verify and try again.|HMAC-SHA256|Check auth.consumerSecret and auth.accessTokenSecret",
        "401|The signatire is invalid. Verify and try again.|HMAC-SHA256|The platform computed a different signature",
        "401|The signature is invalid. Verify and try again.|RSA-SHA256|Check that auth.privateKey belongs to the public key",
        "400|Signature method HMAC-SHA1 is not supported|HMAC-SHA1|does not accept HMAC-SHA1 signatures",
        "401|The nonce is already being used by the consumer with ID 3|HMAC-SHA256|seen this request's nonce before",
        "400|Incorrect timestamp value in the oauth_timestamp parameter|HMAC-SHA256|set this machine's clock right (NTP)",
        "401|Consumer key has expired|HMAC-SHA256|consumer key expired before its tokens were exchanged",
        "401|A consumer having the specified key does not exist|HMAC-SHA256|knows no consumer with this key",
        "401|The access token is revoked|HMAC-SHA256|does not accept this access token",
        "401|The token length is invalid. Check the length and try again.|HMAC-SHA256|does not accept this access token",
        "401|The consumer isn't authorized to access Magento_Catalog::products.|HMAC-SHA256|integration may not use this resource",
        "401||HMAC-SHA256|OAuth 1.0a credentials cannot be refreshed, so the request was not replayed",
    })
    void namesWhatToCheck(int status, String message, String method, String expected) {
        assertThat(advise(status, message, SignatureMethod.fromId(method))).contains(expected);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "400|The token field is too long for this attribute",
        "404|No such entity with sku = signature-invalid",
        "500|nonce storage failed",
        "429|Too many requests",
    })
    void leavesFailuresThatAreNotAboutOAuthAlone(int status, String message) {
        assertThat(advise(status, message, SignatureMethod.HMAC_SHA256)).isEqualTo("generic");
    }
}
