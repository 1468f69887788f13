package com.commerceconnectors.oro.support;

import com.commerceconnectors.core.error.DecodedError;
import com.commerceconnectors.core.http.ApiResponse;
import com.commerceconnectors.core.http.Headers;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class OroErrorBodyDecoderTest {

    private static DecodedError decode(int status, String body) {
        return OroErrorBodyDecoder.INSTANCE.decode(new ApiResponse(status,
                Headers.of("Content-Type", "application/vnd.api+json"), body.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void namesOrosConstraintWhatItSaysAndWhere() {
        DecodedError d = decode(400, """
                {"errors":[{"status":"400","title":"unique entity constraint",
                  "detail":"This SKU is already used.","source":{"pointer":"/data/attributes/sku"}}]}""");
        assertThat(d.shape()).isEqualTo(DecodedError.Shape.JSON_API);
        assertThat(d.message()).isEqualTo("unique entity constraint: This SKU is already used. (at /data/attributes/sku)");
    }

    @Test
    void aParameterSourceIsNamedOnceAndEveryErrorIsKept() {
        DecodedError d = decode(400, """
                {"errors":[
                  {"status":"400","title":"filter constraint","detail":"Filter \\"filter[x]\\" is not supported.",
                   "source":{"parameter":"filter[x]"}},
                  {"status":"400","title":"not blank constraint","detail":"This value should not be blank.",
                   "source":{"pointer":"/data/attributes/names"}}]}""");
        assertThat(d.message()).isEqualTo("filter constraint: Filter \"filter[x]\" is not supported.; not blank constraint:"
                + " This value should not be blank. (at /data/attributes/names)");
        assertThat(d.details()).hasSize(2);
    }

    @Test
    void aTitleAloneIsTheMessageAndOtherBodiesAreLeftToTheStandardDecoder() {
        assertThat(decode(404, "{\"errors\":[{\"status\":\"404\",\"title\":\"not found http exception\"}]}").message())
                .isEqualTo("not found http exception");
        assertThat(decode(401, "").shape()).isEqualTo(DecodedError.Shape.EMPTY);
        assertThat(decode(400, "{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\"}").shape())
                .isEqualTo(DecodedError.Shape.OAUTH2);
    }
}
