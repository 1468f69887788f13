package com.commerceconnectors.core.auth.oauth1;

import com.commerceconnectors.connection.Secret;
import com.commerceconnectors.connection.SignatureMethod;
import com.commerceconnectors.core.http.ApiRequest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every OAuth 1.0a test vector of the research notes (§E1–E5), each recomputed independently there: RFC 5849 and OAuth
 * Core 1.0, oauthlib's base string and seven signatures, Twitter's documented request and its token pair, and the
 * encoding and sorting cases of the OAuth test-case wiki.
 */
class ConformanceVectorsTest {

    private static SignedRequest sign(SignatureAlgorithm algorithm, ApiRequest request, ProtocolParameters oauth) {
        return new OAuth1Signer(algorithm, null).sign(request, oauth);
    }

    private static SignatureAlgorithm hmacSha1(String consumerSecret, String tokenSecret) {
        return SignatureAlgorithms.hmac(SignatureMethod.HMAC_SHA1, Secret.of(consumerSecret),
                tokenSecret == null ? null : Secret.of(tokenSecret));
    }

    private static ApiRequest form(ApiRequest request, String body) {
        return request.withBody(body.getBytes(StandardCharsets.UTF_8), ApiRequest.FORM);
    }

    /** E1: RFC 5849 §1.2 and OAuth Core 1.0 Appendix A. */
    @Nested
    class Rfc5849 {

        private static final String KEY = "dpf43f3p2l4k3l03";
        private static final String SECRET = "kd94hf93k423kf44";

        @Test
        void temporaryCredentialsRequest() {
            ProtocolParameters oauth = new ProtocolParameters(KEY, null, 137131200L, "wIjqoS", null,
                    "http://printer.example.com/ready", null);
            SignedRequest signed = new OAuth1Signer(hmacSha1(SECRET, null), "Photos")
                    .sign(ApiRequest.post(URI.create("https://photos.example.net/initiate")), oauth);

            assertThat(signed.signature()).isEqualTo("74KNZJeDHnMBp0EMJ9ZHt/XKycU=");
            // the header exactly as RFC 5849 §1.2 prints it
            assertThat(signed.authorizationHeader()).isEqualTo("OAuth realm=\"Photos\", "
                    + "oauth_consumer_key=\"dpf43f3p2l4k3l03\", oauth_signature_method=\"HMAC-SHA1\", "
                    + "oauth_timestamp=\"137131200\", oauth_nonce=\"wIjqoS\", "
                    + "oauth_callback=\"http%3A%2F%2Fprinter.example.com%2Fready\", "
                    + "oauth_signature=\"74KNZJeDHnMBp0EMJ9ZHt%2FXKycU%3D\"");
        }

        @Test
        void tokenRequest() {
            ProtocolParameters oauth = new ProtocolParameters(KEY, Secret.of("hh5s93j4hdidpola"), 137131201L, "walatlh",
                    null, null, Secret.of("hfdp7dh39dks9884"));
            SignedRequest signed = sign(hmacSha1(SECRET, "hdhd0244k9j7ao03"),
                    ApiRequest.post(URI.create("https://photos.example.net/token")), oauth);

            assertThat(signed.signature()).isEqualTo("gKgrFCywp7rO0OXSjdot/IHF7IU=");
        }

        @Test
        void resourceRequest() {
            ProtocolParameters oauth = ProtocolParameters.of(KEY, Secret.of("nnch734d00sl2jdk"), 137131202L, "chapoH")
                    .withVersion(null);
            SignedRequest signed = sign(hmacSha1(SECRET, "pfkkdhi9sl3r4s00"),
                    ApiRequest.get(URI.create("http://photos.example.net/photos?file=vacation.jpg&size=original")), oauth);

            assertThat(signed.signature()).isEqualTo("MdpQcU8iPSUjWoN/UDMsK2sui9I=");
        }

        @Test
        void oauthCore10AppendixA() {
            ProtocolParameters oauth = ProtocolParameters.of(KEY, Secret.of("nnch734d00sl2jdk"), 1191242096L,
                    "kllo9940pd9333jh");
            SignedRequest signed = sign(hmacSha1(SECRET, "pfkkdhi9sl3r4s00"),
                    ApiRequest.get(URI.create("http://photos.example.net/photos?file=vacation.jpg&size=original")), oauth);

            assertThat(signed.baseString().value()).isEqualTo("GET&http%3A%2F%2Fphotos.example.net%2Fphotos&file%3D"
                    + "vacation.jpg%26oauth_consumer_key%3Ddpf43f3p2l4k3l03%26oauth_nonce%3Dkllo9940pd9333jh%26"
                    + "oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D1191242096%26oauth_token%3D"
                    + "nnch734d00sl2jdk%26oauth_version%3D1.0%26size%3Doriginal");
            assertThat(signed.signature()).isEqualTo("tR3+Ty81lMeYAr/Fid0kMTYa/WM=");
        }
    }

    /** E2: RFC 5849 §3.4.1's request, as oauthlib's tests use it, and its seven signatures. */
    @Nested
    class Oauthlib {

        static final String BASE_STRING = "POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q%26a3%3Da"
                + "%26b5%3D%253D%25253D%26c%2540%3D%26c2%3D%26oauth_consumer_key%3D9djdj82h48djs9d2%26oauth_nonce%3D"
                + "7d8f3e4a%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D137131201%26oauth_token%3D"
                + "kkk9d7dh3k39sjv7";
        static final Secret CLIENT_SECRET = Secret.of("ECrDNoq1VYzzzzzzzzzyAK7TwZNtPnkqatqZZZZ");
        static final Secret TOKEN_SECRET = Secret.of("just-a-string    asdasd");

        @Test
        void baseStringOfQueryFormBodyAndHeaderWithoutRealm() {
            ApiRequest request = form(ApiRequest.post(URI.create("http://example.com/request?b5=%3D%253D&a3=a&c%40=&a2=r%20b")),
                    "c2&a3=2+q");
            ProtocolParameters oauth = ProtocolParameters.of("9djdj82h48djs9d2", Secret.of("kkk9d7dh3k39sjv7"),
                    137131201L, "7d8f3e4a").withVersion(null);
            OAuth1Signer signer = new OAuth1Signer(SignatureAlgorithms.hmac(SignatureMethod.HMAC_SHA1, CLIENT_SECRET,
                    TOKEN_SECRET), "Example");

            SignedRequest signed = signer.sign(request, oauth);

            assertThat(signed.baseString().value()).isEqualTo(BASE_STRING);
            assertThat(signed.baseString().normalizedParameters()).isEqualTo("a2=r%20b&a3=2%20q&a3=a&b5=%3D%253D&c%40=&"
                    + "c2=&oauth_consumer_key=9djdj82h48djs9d2&oauth_nonce=7d8f3e4a&oauth_signature_method=HMAC-SHA1&"
                    + "oauth_timestamp=137131201&oauth_token=kkk9d7dh3k39sjv7");
            assertThat(signed.authorizationHeader()).startsWith("OAuth realm=\"Example\", oauth_consumer_key=");
            assertThat(signed.signature()).isEqualTo("wsdNmjGB7lvis0UJuPAmjvX/PXw=");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource({
            "HMAC-SHA1,   wsdNmjGB7lvis0UJuPAmjvX/PXw=",
            "HMAC-SHA256, wdfdHUKXHbOnOGZP8WFAWMSAmWzN3EVBWWgXGlC/Eo4=",
            "HMAC-SHA512, u/vlyZFDxOWOZ9UUXwRBJHvq8/T4jCA74ocRmn2ECnjUBTAeJiZIRU8hDTjS88Tz1fGONffMpdZxUkUTW3k1kg==",
            "PLAINTEXT,   ECrDNoq1VYzzzzzzzzzyAK7TwZNtPnkqatqZZZZ&just-a-string%20%20%20%20asdasd",
        })
        void secretBasedSignatures(String method, String expected) {
            SignatureMethod m = SignatureMethod.fromId(method);
            SignatureAlgorithm algorithm = m == SignatureMethod.PLAINTEXT
                    ? SignatureAlgorithms.plaintext(CLIENT_SECRET, TOKEN_SECRET)
                    : SignatureAlgorithms.hmac(m, CLIENT_SECRET, TOKEN_SECRET);

            assertThat(algorithm.method()).isEqualTo(m);
            assertThat(algorithm.sign(BASE_STRING)).isEqualTo(expected);
        }

        @ParameterizedTest(name = "{0} with the {2} form of the key")
        @CsvSource({
            "RSA-SHA1,   mFY2KOEnlYWsTvUA+5kxuBIcvBYXu+ljw9ttVJQxKduMueGSVPCB1tK1PlqVLK738HK0t19ecBJfb6rMxUwrriw+MlBO+jpojkZIWccw1J4cAb4qu4M81DbpUAq4j/1w/QyTR4TWCODlEfN7Zfgy8+pf+TjiXfIwRC1jEWbuL1E=, pkcs1",
            "RSA-SHA256, jqKl6m0WS69tiVJV8ZQ6aQEfJqISoZkiPBXRv6Al2+iFSaDpfeXjYm+Hbx6m1azRdrZ/35PM3cvuid3LwW/siAkzb0xQcGnTyAPH8YcGWzmnKGY7LsB7fkqThchNxvRK/N7s9M1WMnfZZ+1dQbbwtTs1TG1+iexUcV7r3M7Heec=, pkcs1",
            "RSA-SHA512, jL1CnjlsNd25qoZVHZ2oJft47IRYTjpF5CvCUjL3LY0NTnbEeVhE4amWXUFBe9GLDWdUh/79ZWNOrCirBFIP26cHLApjYdt4ZG7EVK0/GubS2v8wT1QPRsog8zyiMZkmg4JXdWCGXG8YRvRJTg+QKhXuXwS6TcMNakrgzgFIVhA=, pkcs1",
            "RSA-SHA1,   mFY2KOEnlYWsTvUA+5kxuBIcvBYXu+ljw9ttVJQxKduMueGSVPCB1tK1PlqVLK738HK0t19ecBJfb6rMxUwrriw+MlBO+jpojkZIWccw1J4cAb4qu4M81DbpUAq4j/1w/QyTR4TWCODlEfN7Zfgy8+pf+TjiXfIwRC1jEWbuL1E=, pkcs8",
            "RSA-SHA256, jqKl6m0WS69tiVJV8ZQ6aQEfJqISoZkiPBXRv6Al2+iFSaDpfeXjYm+Hbx6m1azRdrZ/35PM3cvuid3LwW/siAkzb0xQcGnTyAPH8YcGWzmnKGY7LsB7fkqThchNxvRK/N7s9M1WMnfZZ+1dQbbwtTs1TG1+iexUcV7r3M7Heec=, pkcs8",
            "RSA-SHA512, jL1CnjlsNd25qoZVHZ2oJft47IRYTjpF5CvCUjL3LY0NTnbEeVhE4amWXUFBe9GLDWdUh/79ZWNOrCirBFIP26cHLApjYdt4ZG7EVK0/GubS2v8wT1QPRsog8zyiMZkmg4JXdWCGXG8YRvRJTg+QKhXuXwS6TcMNakrgzgFIVhA=, pkcs8",
        })
        void rsaSignatures(String method, String expected, String form) {
            PrivateKey key = PemPrivateKeyReader.readRsa(TestKeys.secret("oauthlib-rsa-1024-" + form + ".pem"));
            SignatureAlgorithm algorithm = SignatureAlgorithms.rsa(SignatureMethod.fromId(method), key);

            assertThat(algorithm.sign(BASE_STRING)).isEqualTo(expected);
        }
    }

    /** E3: Twitter's "Creating a signature" page, old (API 1) and current (API 1.1) URL. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "https://api.twitter.com/1/statuses/update.json,   tnnArxj06cWHq44gCs1OSKk/jLY=",
        "https://api.twitter.com/1.1/statuses/update.json, hCtSmYh+iHYCEqBWrE7C7hYmtUk=",
    })
    void twitterStatusUpdate(String url, String expected) {
        ApiRequest request = form(ApiRequest.post(URI.create(url + "?include_entities=true")),
                "status=Hello%20Ladies%20%2B%20Gentlemen%2C%20a%20signed%20OAuth%20request%21");
        ProtocolParameters oauth = ProtocolParameters.of("xvz1evFS4wEEPTGEFPHBog",
                Secret.of("370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb"), 1318622958L,
                "kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg");

        SignedRequest signed = sign(hmacSha1("kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw",
                "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE"), request, oauth);

        assertThat(signed.baseString().normalizedParameters())
                .contains("status=Hello%20Ladies%20%2B%20Gentlemen%2C%20a%20signed%20OAuth%20request%21");
        assertThat(signed.signature()).isEqualTo(expected);
    }

    /** E4: the request-token / access-token pair of Twitter's three-legged flow. */
    @Nested
    class TwitterTokenPair {

        private static final String CONSUMER_SECRET = "MCD8BKwGdgPHvAuvgvz4EQpqDAtx89grbuNMRd7Eh98";

        @Test
        void requestToken() {
            ProtocolParameters oauth = new ProtocolParameters("GDdmIQH6jhtmLUypg82g", null, 1272323042L,
                    "QP70eNmVz8jvdPevU3oJD2AfF7R7odC2XJcn4XlZJqk", "1.0",
                    "http://localhost:3005/the_dance/process_callback?service_provider_id=11", null);

            SignedRequest signed = sign(hmacSha1(CONSUMER_SECRET, null),
                    ApiRequest.post(URI.create("https://api.twitter.com/oauth/request_token")), oauth);

            assertThat(signed.signature()).isEqualTo("8wUi7m5HFQy76nowoCThusfgB+Q=");
        }

        @Test
        void accessToken() {
            ProtocolParameters oauth = ProtocolParameters.of("GDdmIQH6jhtmLUypg82g",
                            Secret.of("8ldIZyxQeVrFZXFOZH5tAwj6vzJYuLQpl0WUEYtWc"), 1272323047L,
                            "9zWH6qe0qG7Lc1telCn7FhUbLyVdjEaL3MO5uHxn8")
                    .withVerifier(Secret.of("pDNg57prOHapMbhv25RNf75lVRd6JDsni1AJJIDYoTY"));

            SignedRequest signed = sign(hmacSha1(CONSUMER_SECRET, "x6qpRnlEmW9JbQn4PQVVeVG8ZLPEx6A0TOebgwcuA"),
                    ApiRequest.post(URI.create("https://api.twitter.com/oauth/access_token")), oauth);

            assertThat(signed.signature()).isEqualTo("PUw/dHA4fnlJYM6RhXk5IU/0fCc=");
        }
    }

    /** E5: the OAuth test-case wiki's encoding and sorting cases, and Magento's. */
    @Nested
    class EncodingAndSorting {

        @ParameterizedTest(name = "''{0}'' -> ''{1}''")
        @CsvSource(delimiter = '|', ignoreLeadingAndTrailingWhitespace = false, value = {
            "abcABC123|abcABC123",
            "-._~|-._~",
            "%|%25",
            "+|%2B",
            " |%20",
            "&=*|%26%3D%2A",
            "[]|%5B%5D",
            "\u00e9\u20ac|%C3%A9%E2%82%AC",
        })
        void percentEncodesPerRfc3986(String plain, String encoded) {
            assertThat(PercentEncoding.encode(plain)).isEqualTo(encoded);
        }

        private String normalized(String query) {
            ApiRequest request = ApiRequest.get(URI.create("https://shop.example.com/rest/V1/products?" + query));
            String all = new OAuth1Signer(SignatureAlgorithms.plaintext(Secret.of("cs"), null), null)
                    .baseString(request, ProtocolParameters.of("ck", null, 1L, "n").withVersion(null))
                    .normalizedParameters();
            // drop the protocol parameters, which sort among the others
            return String.join("&", java.util.Arrays.stream(all.split("&")).filter(p -> !p.startsWith("oauth_")).toList());
        }

        @Test
        void sortsDuplicateNamesByEncodedValue() {
            assertThat(normalized("a=x!y&a=x+y")).isEqualTo("a=x%20y&a=x%21y");
        }

        @Test
        void sortsByEncodedNameInByteOrder() {
            assertThat(normalized("x!y=a&x=a")).isEqualTo("x=a&x%21y=a");
        }

        @Test
        void putsMagentoFilterIndexTenBeforeTwoAsRfcByteOrderDoes() {
            String query = "searchCriteria%5Bfilter_groups%5D%5B2%5D%5Bfilters%5D%5B0%5D%5Bfield%5D=sku"
                    + "&searchCriteria%5Bfilter_groups%5D%5B10%5D%5Bfilters%5D%5B0%5D%5Bfield%5D=name";
            // natural order (Laminas, Magento 2.4.4-2.4.6) would put [2] first; RFC 5849 byte order puts [10] first
            assertThat(normalized(query)).isEqualTo(
                    "searchCriteria%5Bfilter_groups%5D%5B10%5D%5Bfilters%5D%5B0%5D%5Bfield%5D=name"
                    + "&searchCriteria%5Bfilter_groups%5D%5B2%5D%5Bfilters%5D%5B0%5D%5Bfield%5D=sku");
        }

        @Test
        void signsSpaceTheSameWhetherSentAsPlusOrPercent20() {
            assertThat(normalized("q=red+shirt")).isEqualTo("q=red%20shirt");
            assertThat(normalized("q=red%20shirt")).isEqualTo("q=red%20shirt");
            assertThat(normalized("q=a%2Bb")).isEqualTo("q=a%2Bb");
        }

        @Test
        void signsDecodedBracketNamesWhateverTheirHexCase() {
            assertThat(normalized("searchCriteria%5bpageSize%5d=20")).isEqualTo("searchCriteria%5BpageSize%5D=20");
        }
    }
}
