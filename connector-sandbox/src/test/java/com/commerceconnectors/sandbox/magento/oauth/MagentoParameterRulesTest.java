package com.commerceconnectors.sandbox.magento.oauth;

import com.commerceconnectors.sandbox.http.SandboxRequest;
import com.commerceconnectors.sandbox.oauth1.BaseStringUri;
import com.commerceconnectors.sandbox.oauth1.CollectedParameters;
import com.commerceconnectors.sandbox.oauth1.OAuthParameter;
import com.commerceconnectors.sandbox.oauth1.SignatureMethod;
import com.commerceconnectors.sandbox.oauth1.SignatureVerifier;
import com.commerceconnectors.sandbox.oauth1.VerificationKeys;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Magento's parameter collection: the published vectors it agrees on, and where it parts from RFC 5849. */
class MagentoParameterRulesTest {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String HEADER = "OAuth oauth_consumer_key=\"ck\", oauth_nonce=\"n\", "
            + "oauth_signature_method=\"HMAC-SHA256\", oauth_timestamp=\"1\", oauth_token=\"t\", oauth_signature=\"s\"";

    @Test
    void rfc5849ProtectedResourceVectorPassesMagentosRules() {
        CollectedParameters parameters = collect("GET", "/photos", "file=vacation.jpg&size=original",
                "OAuth realm=\"Photos\", oauth_consumer_key=\"dpf43f3p2l4k3l03\", oauth_token=\"nnch734d00sl2jdk\", "
                        + "oauth_signature_method=\"HMAC-SHA1\", oauth_timestamp=\"137131202\", "
                        + "oauth_nonce=\"chapoH\", oauth_signature=\"MdpQcU8iPSUjWoN%2FUDMsK2sui9I%3D\"", null, "");

        assertThat(SignatureVerifier.verify("GET", BaseStringUri.of("http", "photos.example.net", "/photos"),
                parameters, SignatureMethod.HMAC_SHA1, VerificationKeys.of("kd94hf93k423kf44", "pfkkdhi9sl3r4s00")))
                .isTrue();
    }

    @Test
    void rfc5849TemporaryCredentialsVectorKeepsTheCallbackAndDropsTheRealm() {
        CollectedParameters parameters = collect("POST", "/initiate", "",
                "OAuth realm=\"Photos\", oauth_consumer_key=\"dpf43f3p2l4k3l03\", "
                        + "oauth_signature_method=\"HMAC-SHA1\", oauth_timestamp=\"137131200\", "
                        + "oauth_nonce=\"wIjqoS\", oauth_callback=\"http%3A%2F%2Fprinter.example.com%2Fready\", "
                        + "oauth_signature=\"74KNZJeDHnMBp0EMJ9ZHt%2FXKycU%3D\"", null, "");

        assertThat(parameters.values()).doesNotContainKey("realm");
        assertThat(SignatureVerifier.verify("POST", BaseStringUri.of("https", "photos.example.net", "/initiate"),
                parameters, SignatureMethod.HMAC_SHA1, VerificationKeys.of("kd94hf93k423kf44", null))).isTrue();
    }

    @Test
    void twitterVectorWithFormBodyPassesMagentosRules() {
        CollectedParameters parameters = collect("POST", "/1.1/statuses/update.json", "include_entities=true",
                "OAuth oauth_consumer_key=\"xvz1evFS4wEEPTGEFPHBog\", "
                        + "oauth_nonce=\"kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg\", "
                        + "oauth_signature=\"hCtSmYh%2BiHYCEqBWrE7C7hYmtUk%3D\", oauth_signature_method=\"HMAC-SHA1\", "
                        + "oauth_timestamp=\"1318622958\", "
                        + "oauth_token=\"370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb\", oauth_version=\"1.0\"",
                FORM, "status=Hello%20Ladies%20%2B%20Gentlemen%2C%20a%20signed%20OAuth%20request%21");

        assertThat(SignatureVerifier.verify("POST", BaseStringUri.of("https", "api.twitter.com",
                        "/1.1/statuses/update.json"), parameters, SignatureMethod.HMAC_SHA1,
                VerificationKeys.of("kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw",
                        "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE"))).isTrue();
    }

    @Test
    void twitterAccessTokenVectorPassesMagentosRules() {
        CollectedParameters parameters = collect("POST", "/oauth/access_token", "",
                "OAuth oauth_consumer_key=\"GDdmIQH6jhtmLUypg82g\", "
                        + "oauth_nonce=\"9zWH6qe0qG7Lc1telCn7FhUbLyVdjEaL3MO5uHxn8\", "
                        + "oauth_signature_method=\"HMAC-SHA1\", oauth_token=\"8ldIZyxQeVrFZXFOZH5tAwj6vzJYuLQpl0WUEYtWc\", "
                        + "oauth_timestamp=\"1272323047\", oauth_verifier=\"pDNg57prOHapMbhv25RNf75lVRd6JDsni1AJJIDYoTY\", "
                        + "oauth_version=\"1.0\", oauth_signature=\"PUw%2FdHA4fnlJYM6RhXk5IU%2F0fCc%3D\"", null, "");

        assertThat(SignatureVerifier.verify("POST", BaseStringUri.of("https", "api.twitter.com",
                        "/oauth/access_token"), parameters, SignatureMethod.HMAC_SHA1,
                VerificationKeys.of("MCD8BKwGdgPHvAuvgvz4EQpqDAtx89grbuNMRd7Eh98",
                        "x6qpRnlEmW9JbQn4PQVVeVG8ZLPEx6A0TOebgwcuA"))).isTrue();
    }

    @Test
    void aJsonBodyIsNeverSignedAFormBodyIs() {
        CollectedParameters json = collect("POST", "/rest/V1/products", "", HEADER, "application/json",
                "{\"product\":{\"sku\":\"A\"}}");
        CollectedParameters form = collect("POST", "/rest/V1/products", "", HEADER, FORM + "; charset=UTF-8",
                "sku=A+B&price=1.5&tags%5B%5D=x");

        assertThat(json.signed()).extracting(OAuthParameter::name).allMatch(name -> name.startsWith("oauth_"));
        assertThat(form.values()).containsEntry("sku", "A B").containsEntry("price", "1.5")
                .doesNotContainKey("tags");
    }

    @Test
    void formBodyMatchingIsACaseSensitivePrefixAsInPhp() {
        CollectedParameters upper = collect("POST", "/p", "", HEADER, "Application/X-WWW-Form-Urlencoded", "a=1");

        assertThat(upper.values()).doesNotContainKey("a");
    }

    @Test
    void queryPairsMustSplitInExactlyTwoAndKeepAPlusLiteral() {
        CollectedParameters parameters = collect("GET", "/rest/V1/products",
                "flag&eq=a=b&plus=a+b&space=a%20b&sku=A%2FB&oauth_token=fromquery&empty=", HEADER, null, "");

        assertThat(parameters.values())
                .doesNotContainKeys("flag", "eq")
                .containsEntry("plus", "a+b")
                .containsEntry("space", "a b")
                .containsEntry("sku", "A/B")
                .containsEntry("empty", "")
                .containsEntry("oauth_token", "t");
    }

    @Test
    void aDuplicateNameKeepsOnlyTheLastValueTheQueryWinningOverTheBody() {
        CollectedParameters parameters = collect("POST", "/p", "a=query&b=1&b=2", HEADER, FORM, "a=body&c=3");

        assertThat(parameters.signed()).extracting(OAuthParameter::name, OAuthParameter::value)
                .contains(tuple("a", "query"), tuple("b", "2"), tuple("c", "3"))
                .doesNotContain(tuple("a", "body"), tuple("b", "1"));
    }

    @Test
    void headerParsingFollowsMagentoRatherThanTheRfc() {
        CollectedParameters parameters = collect("GET", "/p", "",
                "Basic YWRtaW46eA==, OAuth realm=\"Shop\",oauth_consumer_key=\"c%20k\" , noise, "
                        + "xoauth_extra=\"kept\", other=\"dropped\", oauth_nonce=abc", null, "");

        assertThat(parameters.values())
                .containsEntry("oauth_consumer_key", "c k")
                .containsEntry("xoauth_extra", "kept")
                .containsEntry("oauth_nonce", "abc")
                .doesNotContainKeys("realm", "other", "noise");
    }

    @Test
    void withoutAnOAuthHeaderNothingIsCollected() {
        assertThat(collect("GET", "/p", "a=1", "Bearer abc", null, "").isEmpty()).isTrue();
        assertThat(collect("GET", "/p", "a=1", null, null, "").isEmpty()).isTrue();
    }

    @Test
    void bracketIndexesSortInByteOrderSoTenComesBeforeTwo() {
        String two = "searchCriteria%5Bfilter_groups%5D%5B2%5D%5Bfilters%5D%5B0%5D%5Bvalue%5D=b";
        String ten = "searchCriteria%5Bfilter_groups%5D%5B10%5D%5Bfilters%5D%5B0%5D%5Bvalue%5D=a";
        CollectedParameters parameters = collect("GET", "/rest/V1/products", two + "&" + ten, HEADER, null, "");

        String base = SignatureVerifier.baseString("GET", "http://shop/rest/V1/products", parameters);
        assertThat(base.indexOf("%255B10%255D")).isPositive().isLessThan(base.indexOf("%255B2%255D"));
    }

    @Test
    void theSignedUrlIsThePathAsSentOnTheHostAsSent() {
        SandboxRequest request = request("GET", "/index.php/rest/all/V1/products/A%2FB/", "a=1", HEADER, null, "");

        assertThat(RequestUrls.baseUri(request)).isEqualTo("http://127.0.0.1:8080/index.php/rest/all/V1/products/A%2FB/");
        assertThat(SignatureVerifier.baseString("GET", RequestUrls.baseUri(request),
                MagentoOAuthParameters.collect(request))).contains("A%252FB%2F&");
    }

    private static CollectedParameters collect(String method, String path, String query, String authorization,
                                               String contentType, String body) {
        return MagentoOAuthParameters.collect(request(method, path, query, authorization, contentType, body));
    }

    private static SandboxRequest request(String method, String path, String query, String authorization,
                                          String contentType, String body) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("Host", List.of("127.0.0.1:8080"));
        if (authorization != null) {
            headers.put("Authorization", List.of(authorization));
        }
        if (contentType != null) {
            headers.put("Content-Type", List.of(contentType));
        }
        return new SandboxRequest(method, path, query, headers, body.getBytes(StandardCharsets.UTF_8),
                Instant.EPOCH);
    }
}
