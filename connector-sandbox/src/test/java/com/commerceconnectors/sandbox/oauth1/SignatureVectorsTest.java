package com.commerceconnectors.sandbox.oauth1;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verifier against published OAuth 1.0a vectors (research notes §E): RFC 5849 §1.2, OAuth Core 1.0 appendix A,
 * oauthlib's §3.4.1 example under all seven methods, Twitter's documented signatures, and the RFC's encoding and
 * sorting cases. Every expected value comes from the publication; nothing is computed with a client's signer.
 */
class SignatureVectorsTest {

    private static final String RFC_CONSUMER_SECRET = "kd94hf93k423kf44";

    // E1: RFC 5849 §1.2, three requests of the photo-printing example.
    @Test
    void rfc5849TemporaryCredentialsRequest() {
        String header = "OAuth realm=\"Photos\", oauth_consumer_key=\"dpf43f3p2l4k3l03\", "
                + "oauth_signature_method=\"HMAC-SHA1\", oauth_timestamp=\"137131200\", oauth_nonce=\"wIjqoS\", "
                + "oauth_callback=\"http%3A%2F%2Fprinter.example.com%2Fready\", "
                + "oauth_signature=\"74KNZJeDHnMBp0EMJ9ZHt%2FXKycU%3D\"";

        assertVerifies("POST", BaseStringUri.of("https", "photos.example.net", "/initiate"),
                Rfc5849Parameters.collect(header, "", null, null), SignatureMethod.HMAC_SHA1,
                VerificationKeys.of(RFC_CONSUMER_SECRET, null));
    }

    @Test
    void rfc5849TokenRequestWithVerifier() {
        String header = "OAuth realm=\"Photos\", oauth_consumer_key=\"dpf43f3p2l4k3l03\", "
                + "oauth_token=\"hh5s93j4hdidpola\", oauth_signature_method=\"HMAC-SHA1\", "
                + "oauth_timestamp=\"137131201\", oauth_nonce=\"walatlh\", oauth_verifier=\"hfdp7dh39dks9884\", "
                + "oauth_signature=\"gKgrFCywp7rO0OXSjdot%2FIHF7IU%3D\"";

        assertVerifies("POST", BaseStringUri.of("https", "photos.example.net", "/token"),
                Rfc5849Parameters.collect(header, "", null, null), SignatureMethod.HMAC_SHA1,
                VerificationKeys.of(RFC_CONSUMER_SECRET, "hdhd0244k9j7ao03"));
    }

    @Test
    void rfc5849ProtectedResourceWithQuery() {
        String header = "OAuth realm=\"Photos\", oauth_consumer_key=\"dpf43f3p2l4k3l03\", "
                + "oauth_token=\"nnch734d00sl2jdk\", oauth_signature_method=\"HMAC-SHA1\", "
                + "oauth_timestamp=\"137131202\", oauth_nonce=\"chapoH\", "
                + "oauth_signature=\"MdpQcU8iPSUjWoN%2FUDMsK2sui9I%3D\"";

        assertVerifies("GET", BaseStringUri.of("http", "photos.example.net", "/photos"),
                Rfc5849Parameters.collect(header, "file=vacation.jpg&size=original", null, null),
                SignatureMethod.HMAC_SHA1, VerificationKeys.of(RFC_CONSUMER_SECRET, "pfkkdhi9sl3r4s00"));
    }

    @Test
    void oauthCore10AppendixA() {
        String header = "OAuth realm=\"http://photos.example.net/\", oauth_consumer_key=\"dpf43f3p2l4k3l03\", "
                + "oauth_token=\"nnch734d00sl2jdk\", oauth_signature_method=\"HMAC-SHA1\", "
                + "oauth_signature=\"tR3%2BTy81lMeYAr%2FFid0kMTYa%2FWM%3D\", oauth_timestamp=\"1191242096\", "
                + "oauth_nonce=\"kllo9940pd9333jh\", oauth_version=\"1.0\"";
        CollectedParameters parameters = Rfc5849Parameters.collect(header, "file=vacation.jpg&size=original", null,
                null);

        assertThat(SignatureVerifier.baseString("GET", BaseStringUri.of("http", "photos.example.net:80", "/photos"),
                parameters)).isEqualTo("GET&http%3A%2F%2Fphotos.example.net%2Fphotos&file%3Dvacation.jpg"
                + "%26oauth_consumer_key%3Ddpf43f3p2l4k3l03%26oauth_nonce%3Dkllo9940pd9333jh"
                + "%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D1191242096"
                + "%26oauth_token%3Dnnch734d00sl2jdk%26oauth_version%3D1.0%26size%3Doriginal");
        assertVerifies("GET", BaseStringUri.of("http", "photos.example.net:80", "/photos"), parameters,
                SignatureMethod.HMAC_SHA1, VerificationKeys.of(RFC_CONSUMER_SECRET, "pfkkdhi9sl3r4s00"));
    }

    // E2: RFC 5849 §3.4.1 as oauthlib tests it.
    private static final String E2_HEADER = "OAuth realm=\"Example\",\n    oauth_consumer_key=\"9djdj82h48djs9d2\",\n"
            + "    oauth_token=\"kkk9d7dh3k39sjv7\",\n    oauth_signature_method=\"HMAC-SHA1\",\n"
            + "    oauth_timestamp=\"137131201\",\n    oauth_nonce=\"7d8f3e4a\",\n"
            + "    oauth_signature=\"wsdNmjGB7lvis0UJuPAmjvX%2FPXw%3D\"";
    private static final String E2_BASE_STRING = "POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q"
            + "%26a3%3Da%26b5%3D%253D%25253D%26c%2540%3D%26c2%3D%26oauth_consumer_key%3D9djdj82h48djs9d2"
            + "%26oauth_nonce%3D7d8f3e4a%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D137131201"
            + "%26oauth_token%3Dkkk9d7dh3k39sjv7";
    private static final VerificationKeys E2_KEYS = VerificationKeys.of("ECrDNoq1VYzzzzzzzzzyAK7TwZNtPnkqatqZZZZ",
            "just-a-string    asdasd", Pkcs1Keys.load(Pkcs1Keys.OAUTHLIB_KEY).publicKey());
    private static final Map<SignatureMethod, String> E2_SIGNATURES = Map.of(
            SignatureMethod.HMAC_SHA1, "wsdNmjGB7lvis0UJuPAmjvX/PXw=",
            SignatureMethod.HMAC_SHA256, "wdfdHUKXHbOnOGZP8WFAWMSAmWzN3EVBWWgXGlC/Eo4=",
            SignatureMethod.HMAC_SHA512, "u/vlyZFDxOWOZ9UUXwRBJHvq8/T4jCA74ocRmn2ECnjUBTAeJiZIRU8hDTjS88Tz1fGONffMpd"
                    + "ZxUkUTW3k1kg==",
            SignatureMethod.PLAINTEXT, "ECrDNoq1VYzzzzzzzzzyAK7TwZNtPnkqatqZZZZ&just-a-string%20%20%20%20asdasd",
            SignatureMethod.RSA_SHA1, "mFY2KOEnlYWsTvUA+5kxuBIcvBYXu+ljw9ttVJQxKduMueGSVPCB1tK1PlqVLK738HK0t19ecBJf"
                    + "b6rMxUwrriw+MlBO+jpojkZIWccw1J4cAb4qu4M81DbpUAq4j/1w/QyTR4TWCODlEfN7Zfgy8+pf+TjiXfIwRC1jEWbu"
                    + "L1E=",
            SignatureMethod.RSA_SHA256, "jqKl6m0WS69tiVJV8ZQ6aQEfJqISoZkiPBXRv6Al2+iFSaDpfeXjYm+Hbx6m1azRdrZ/35PM3"
                    + "cvuid3LwW/siAkzb0xQcGnTyAPH8YcGWzmnKGY7LsB7fkqThchNxvRK/N7s9M1WMnfZZ+1dQbbwtTs1TG1+iexUcV7r3"
                    + "M7Heec=",
            SignatureMethod.RSA_SHA512, "jL1CnjlsNd25qoZVHZ2oJft47IRYTjpF5CvCUjL3LY0NTnbEeVhE4amWXUFBe9GLDWdUh/79Z"
                    + "WNOrCirBFIP26cHLApjYdt4ZG7EVK0/GubS2v8wT1QPRsog8zyiMZkmg4JXdWCGXG8YRvRJTg+QKhXuXwS6TcMNakrgzgF"
                    + "IVhA=");

    @Test
    void rfc5849Section341BaseStringFromQueryBodyAndHeader() {
        CollectedParameters parameters = Rfc5849Parameters.collect(E2_HEADER, "b5=%3D%253D&a3=a&c%40=&a2=r%20b",
                "application/x-www-form-urlencoded", "c2&a3=2+q");

        assertThat(SignatureVerifier.baseString("POST", BaseStringUri.of("http", "example.com", "/request"),
                parameters)).isEqualTo(E2_BASE_STRING);
        assertThat(parameters.signed()).extracting(OAuthParameter::name).doesNotContain("realm", "oauth_signature");
        assertVerifies("POST", BaseStringUri.of("http", "example.com", "/request"), parameters,
                SignatureMethod.HMAC_SHA1, E2_KEYS);
    }

    @ParameterizedTest
    @EnumSource(SignatureMethod.class)
    void everyMethodVerifiesItsSignatureOfTheSection341BaseString(SignatureMethod method) {
        assertThat(method.verify(E2_BASE_STRING, E2_SIGNATURES.get(method), E2_KEYS)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(SignatureMethod.class)
    void everyMethodRefusesAnAlteredBaseStringOrSignature(SignatureMethod method) {
        String signature = E2_SIGNATURES.get(method);
        String altered = signature.charAt(0) == 'A' ? "B" + signature.substring(1) : "A" + signature.substring(1);

        if (method != SignatureMethod.PLAINTEXT) {
            assertThat(method.verify(E2_BASE_STRING.replace("a2%3Dr", "a2%3Ds"), signature, E2_KEYS)).isFalse();
        }
        assertThat(method.verify(E2_BASE_STRING, altered, E2_KEYS)).isFalse();
        assertThat(method.verify(E2_BASE_STRING, null, E2_KEYS)).isFalse();
    }

    @Test
    void secretsAndKeysMatter() throws Exception {
        VerificationKeys otherTokenSecret = VerificationKeys.of("ECrDNoq1VYzzzzzzzzzyAK7TwZNtPnkqatqZZZZ",
                "just-a-string asdasd");
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        PublicKey otherKey = generator.generateKeyPair().getPublic();

        assertThat(SignatureMethod.HMAC_SHA256.verify(E2_BASE_STRING, E2_SIGNATURES.get(SignatureMethod.HMAC_SHA256),
                otherTokenSecret)).isFalse();
        assertThat(SignatureMethod.PLAINTEXT.verify(E2_BASE_STRING, E2_SIGNATURES.get(SignatureMethod.PLAINTEXT),
                otherTokenSecret)).isFalse();
        assertThat(SignatureMethod.RSA_SHA256.verify(E2_BASE_STRING, E2_SIGNATURES.get(SignatureMethod.RSA_SHA256),
                otherTokenSecret)).as("no public key registered").isFalse();
        assertThat(SignatureMethod.RSA_SHA256.verify(E2_BASE_STRING, E2_SIGNATURES.get(SignatureMethod.RSA_SHA256),
                VerificationKeys.of("x", "y", otherKey))).as("another key").isFalse();
        assertThat(SignatureMethod.RSA_SHA1.verify(E2_BASE_STRING, "not base64 !", E2_KEYS)).isFalse();
        assertThat(E2_KEYS.toString()).doesNotContain("ECrDNoq1").doesNotContain("just-a-string");
    }

    // E3: Twitter's "Creating a signature" page, old and current URL.
    @Test
    void twitterStatusUpdateWithQueryAndFormBody() {
        String body = "status=Hello%20Ladies%20%2B%20Gentlemen%2C%20a%20signed%20OAuth%20request%21";
        VerificationKeys keys = VerificationKeys.of("kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw",
                "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE");

        assertVerifies("POST", BaseStringUri.of("https", "api.twitter.com", "/1/statuses/update.json"),
                Rfc5849Parameters.collect(twitterHeader("tnnArxj06cWHq44gCs1OSKk%2FjLY%3D"), "include_entities=true",
                        "application/x-www-form-urlencoded", body), SignatureMethod.HMAC_SHA1, keys);
        assertVerifies("POST", BaseStringUri.of("https", "api.twitter.com", "/1.1/statuses/update.json"),
                Rfc5849Parameters.collect(twitterHeader("hCtSmYh%2BiHYCEqBWrE7C7hYmtUk%3D"), "include_entities=true",
                        "application/x-www-form-urlencoded; charset=UTF-8", body), SignatureMethod.HMAC_SHA1, keys);
        assertThat(PercentEncoding.encode("Hello Ladies + Gentlemen, a signed OAuth request!"))
                .isEqualTo("Hello%20Ladies%20%2B%20Gentlemen%2C%20a%20signed%20OAuth%20request%21");
    }

    // E4: the request/access-token pair of the request library's tests.
    @Test
    void twitterRequestTokenWithCallback() {
        String header = "OAuth oauth_callback=\"http%3A%2F%2Flocalhost%3A3005%2Fthe_dance%2Fprocess_callback%3F"
                + "service_provider_id%3D11\", oauth_consumer_key=\"GDdmIQH6jhtmLUypg82g\", "
                + "oauth_nonce=\"QP70eNmVz8jvdPevU3oJD2AfF7R7odC2XJcn4XlZJqk\", oauth_signature_method=\"HMAC-SHA1\", "
                + "oauth_timestamp=\"1272323042\", oauth_version=\"1.0\", "
                + "oauth_signature=\"8wUi7m5HFQy76nowoCThusfgB%2BQ%3D\"";

        assertVerifies("POST", BaseStringUri.of("https", "api.twitter.com:443", "/oauth/request_token"),
                Rfc5849Parameters.collect(header, "", null, null), SignatureMethod.HMAC_SHA1,
                VerificationKeys.of("MCD8BKwGdgPHvAuvgvz4EQpqDAtx89grbuNMRd7Eh98", ""));
    }

    @Test
    void twitterAccessTokenWithVerifier() {
        String header = "OAuth oauth_consumer_key=\"GDdmIQH6jhtmLUypg82g\", "
                + "oauth_nonce=\"9zWH6qe0qG7Lc1telCn7FhUbLyVdjEaL3MO5uHxn8\", oauth_signature_method=\"HMAC-SHA1\", "
                + "oauth_token=\"8ldIZyxQeVrFZXFOZH5tAwj6vzJYuLQpl0WUEYtWc\", oauth_timestamp=\"1272323047\", "
                + "oauth_verifier=\"pDNg57prOHapMbhv25RNf75lVRd6JDsni1AJJIDYoTY\", oauth_version=\"1.0\", "
                + "oauth_signature=\"PUw%2FdHA4fnlJYM6RhXk5IU%2F0fCc%3D\"";

        assertVerifies("POST", BaseStringUri.of("https", "api.twitter.com", "/oauth/access_token"),
                Rfc5849Parameters.collect(header, "", null, null), SignatureMethod.HMAC_SHA1,
                VerificationKeys.of("MCD8BKwGdgPHvAuvgvz4EQpqDAtx89grbuNMRd7Eh98",
                        "x6qpRnlEmW9JbQn4PQVVeVG8ZLPEx6A0TOebgwcuA"));
    }

    // E5: wiki.oauth.net test cases.
    @Test
    void encodingCases() {
        assertThat(PercentEncoding.encode("abcABC123")).isEqualTo("abcABC123");
        assertThat(PercentEncoding.encode("-._~")).isEqualTo("-._~");
        assertThat(PercentEncoding.encode("%")).isEqualTo("%25");
        assertThat(PercentEncoding.encode("+")).isEqualTo("%2B");
        assertThat(PercentEncoding.encode(" ")).isEqualTo("%20");
        assertThat(PercentEncoding.encode("&=*")).isEqualTo("%26%3D%2A");
        assertThat(PercentEncoding.encode("\u00e9\u3001")).isEqualTo("%C3%A9%E3%80%81");
    }

    @Test
    void sortingCases() {
        assertThat(SignatureBaseString.normalise(Rfc5849Parameters.collect(null, "a=x!y&a=x+y", null, null).signed()))
                .isEqualTo("a=x%20y&a=x%21y");
        assertThat(SignatureBaseString.normalise(Rfc5849Parameters.collect(null, "x!y=a&x=a", null, null).signed()))
                .isEqualTo("x=a&x%21y=a");
    }

    @Test
    void baseStringUriNormalisation() {
        assertThat(BaseStringUri.of("HTTP", "Example.COM:80", "/r%20v")).isEqualTo("http://example.com/r%20v");
        assertThat(BaseStringUri.of("https", "example.com:443", "")).isEqualTo("https://example.com/");
        assertThat(BaseStringUri.of("http", "www.example.net:8080", "/"))
                .isEqualTo("http://www.example.net:8080/");
        assertThat(BaseStringUri.of("https", "[::1]:8443", "/rest/V1/")).isEqualTo("https://[::1]:8443/rest/V1/");
        assertThat(BaseStringUri.of("http", "127.0.0.1:443", "/a")).isEqualTo("http://127.0.0.1:443/a");
    }

    private static String twitterHeader(String signature) {
        return "OAuth oauth_consumer_key=\"xvz1evFS4wEEPTGEFPHBog\", "
                + "oauth_nonce=\"kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg\", oauth_signature=\"" + signature + "\", "
                + "oauth_signature_method=\"HMAC-SHA1\", oauth_timestamp=\"1318622958\", "
                + "oauth_token=\"370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb\", oauth_version=\"1.0\"";
    }

    private static void assertVerifies(String method, String baseUri, CollectedParameters parameters,
                                       SignatureMethod signatureMethod, VerificationKeys keys) {
        assertThat(SignatureVerifier.verify(method, baseUri, parameters, signatureMethod, keys))
                .as("signature over %s", SignatureVerifier.baseString(method, baseUri, parameters)).isTrue();
        VerificationKeys wrong = VerificationKeys.of("wrong", "wrong");
        assertThat(SignatureVerifier.verify(method, baseUri, parameters, signatureMethod, wrong)).isFalse();
        assertThat(SignatureVerifier.verify(method, baseUri + "/", parameters, signatureMethod, keys))
                .as("a trailing slash is part of what is signed").isFalse();
    }
}
