package com.commerceconnectors.core.auth.oauth1;

import com.commerceconnectors.connection.Secret;
import com.commerceconnectors.connection.SignatureMethod;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.core.http.ApiRequest;
import com.commerceconnectors.core.http.HttpMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BaseStringTest {

    private static final OAuth1Signer SIGNER = new OAuth1Signer(
            SignatureAlgorithms.hmac(SignatureMethod.HMAC_SHA256, Secret.of("cs"), Secret.of("ts")), "realm-never-signed");
    private static final ProtocolParameters OAUTH = ProtocolParameters.of("ck", Secret.of("access-token-value"),
            1700000000L, "abc");

    private static BaseString of(ApiRequest request) {
        return SIGNER.baseString(request, OAUTH);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "HTTPS://Shop.Example.COM/rest/V1/products,            https://shop.example.com/rest/V1/products",
        "https://shop.example.com:443/rest/V1/products,        https://shop.example.com/rest/V1/products",
        "http://shop.example.com:80/rest/V1/products,          http://shop.example.com/rest/V1/products",
        "http://shop.example.com:443/rest,                     http://shop.example.com:443/rest",
        "https://shop.example.com:8443/rest,                   https://shop.example.com:8443/rest",
        "https://shop.example.com,                             https://shop.example.com/",
        "https://shop.example.com/rest/default/V1/products/,   https://shop.example.com/rest/default/V1/products/",
        "https://shop.example.com/index.php/rest/all/V1/x,     https://shop.example.com/index.php/rest/all/V1/x",
        "https://shop.example.com/rest/V1/products/ABC%2F10,   https://shop.example.com/rest/V1/products/ABC%2F10",
        "https://shop.example.com/rest/V1/products/a%20b?x=1#f, https://shop.example.com/rest/V1/products/a%20b",
        "https://user:pw@shop.example.com/rest,                https://shop.example.com/rest",
        "http://[::1]:8080/rest,                               http://[::1]:8080/rest",
    })
    void buildsTheBaseStringUri(String uri, String expected) {
        assertThat(BaseString.baseUri(URI.create(uri))).isEqualTo(expected);
    }

    @Test
    void signsAnEncodedSlashInAPathSegmentAsSentSoItIsDoubleEncoded() {
        BaseString base = of(ApiRequest.get(URI.create("https://shop.example.com/rest/default/V1/products/ABC%2F10")));

        assertThat(base.value()).startsWith("GET&https%3A%2F%2Fshop.example.com%2Frest%2Fdefault%2FV1%2Fproducts%2FABC%252F10&");
    }

    @Test
    void writesTheMethodInUpperCase() {
        assertThat(of(ApiRequest.of(HttpMethod.DELETE, URI.create("https://h/x"))).value()).startsWith("DELETE&");
    }

    @Test
    void signsFormBodiesButNeverJsonBodies() {
        URI uri = URI.create("https://shop.example.com/rest/V1/x");
        byte[] body = "{\"a\":\"1\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(of(ApiRequest.post(uri).withBody(body, ApiRequest.JSON)).normalizedParameters())
                .doesNotContain("a=").doesNotContain("%7B");

        byte[] formBody = "color=dark+red&size=%5BXL%5D".getBytes(StandardCharsets.UTF_8);
        assertThat(of(ApiRequest.post(uri).withBody(formBody, "Application/X-WWW-Form-URLEncoded; charset=UTF-8"))
                .normalizedParameters()).startsWith("color=dark%20red&").contains("&size=%5BXL%5D");
    }

    @Test
    void signsAQueryParameterNamedRealmButNeverTheHeaderRealm() {
        String params = of(ApiRequest.get(URI.create("https://h/x?realm=shop"))).normalizedParameters();

        assertThat(params).contains("realm=shop").doesNotContain("realm-never-signed");
    }

    @Test
    void leavesOutAnOauthSignatureParameterAndEmptyPairsButKeepsPairsWithoutEquals() {
        String params = of(ApiRequest.get(URI.create("https://h/x?oauth_signature=forged&&flag&empty="))).normalizedParameters();

        assertThat(params).doesNotContain("forged").contains("empty=&flag=&oauth_consumer_key=ck");
    }

    @Test
    void keepsBytesThatAreNotUtf8ExactlyAsSent() {
        String params = of(ApiRequest.get(URI.create("https://h/x?name=%FF%FE"))).normalizedParameters();

        assertThat(params).contains("name=%FF%FE");
    }

    @Test
    void masksTheTokenAndCredentialLikeParametersWhenPrinted() {
        BaseString base = of(ApiRequest.get(URI.create("https://h/x?password=hunter2&sku=ABC")));

        assertThat(base.value()).contains("access-token-value").contains("hunter2");
        assertThat(base.toString())
                .contains("oauth_token%3D******").contains("password%3D******").contains("sku%3DABC")
                .contains("oauth_nonce%3Dabc").contains("oauth_signature_method%3DHMAC-SHA256")
                .doesNotContain("access-token-value").doesNotContain("hunter2");
    }

    @Test
    void refusesABodyWithABrokenPercentEscapeInWords() {
        ApiRequest request = ApiRequest.post(URI.create("https://h/x")).withBody("discount=100%".getBytes(StandardCharsets.UTF_8),
                ApiRequest.FORM);

        assertThatThrownBy(() -> SIGNER.sign(request, OAUTH)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.category()).isEqualTo(ErrorCategory.CONFIGURATION);
            assertThat(e.getMessage()).isEqualTo("The request's form body cannot be signed: a '%' is not followed by two "
                    + "hexadecimal digits. Percent-encode every '%' that is meant literally as %25. (POST https://h/x)");
        });
    }
}
