package com.commerceconnectors.sandbox.magento;

import com.commerceconnectors.sandbox.ManualClock;
import com.commerceconnectors.sandbox.magento.MagentoHttp.Reply;
import com.commerceconnectors.sandbox.magento.integration.IntegrationCredentials;
import com.commerceconnectors.sandbox.oauth1.Pkcs1Keys;
import com.commerceconnectors.sandbox.oauth1.SignatureMethod;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** OAuth 1.0a on the REST API, over HTTP, with hand-built headers: what Magento accepts and how it refuses. */
class OAuthRestTest extends SandboxFixture {

    private static final String PRODUCTS = MagentoHttp.q("/V1/products?searchCriteria[pageSize]=2");
    private static final String SIGNATURE_INVALID = "{\"message\":\"The signature is invalid. Verify and try again.\"}";

    private final ManualClock clock = new ManualClock(Instant.parse("2024-05-01T10:00:00Z"));
    private final AtomicInteger nonces = new AtomicInteger();

    @Override
    protected Clock clock() {
        return clock;
    }

    @BeforeEach
    void start() throws Exception {
        sandbox.magento().seedProducts(5);
    }

    @Test
    void theDefaultIntegrationSignsWithHmacSha256AtOnce() {
        Reply reply = get(PRODUCTS, OAuthSigner.defaultIntegration(), call());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("total_count").asInt()).isEqualTo(5);
    }

    @Test
    void theSignedPathIsThePathAsSentWithStoreCodeAndIndexPhp() {
        String indexPhp = sandbox.baseUri() + "/index.php/rest/all/V1/products/SBX-000001";

        Reply storeCode = get("/default/V1/products/SBX-000001", OAuthSigner.defaultIntegration(), call());
        Reply viaIndexPhp = send("GET", indexPhp, OAuthSigner.defaultIntegration().header("GET", indexPhp, call()));
        Reply signedWithoutIndexPhp = send("GET", indexPhp, OAuthSigner.defaultIntegration().header("GET", indexPhp,
                call().signedUrl(http.rest() + "/all/V1/products/SBX-000001")));
        Reply signedHttps = get(PRODUCTS, OAuthSigner.defaultIntegration(),
                call().signedUrl(http.rest().replace("http://", "https://") + PRODUCTS));
        Reply signedTrailingSlash = get("/V1/products/SBX-000001", OAuthSigner.defaultIntegration(),
                call().signedUrl(http.rest() + "/V1/products/SBX-000001/"));

        assertThat(storeCode.status()).isEqualTo(200);
        assertThat(viaIndexPhp.status()).isEqualTo(200);
        assertThat(signedWithoutIndexPhp.body()).isEqualTo(SIGNATURE_INVALID);
        assertThat(signedHttps.body()).isEqualTo(SIGNATURE_INVALID);
        assertThat(signedTrailingSlash.status()).isEqualTo(401);
    }

    @Test
    void hmacSha1IsRefusedAsMagento244Does() {
        Reply reply = get(PRODUCTS, OAuthSigner.defaultIntegration().method("HMAC-SHA1"), call());

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).isEqualTo(
                "{\"message\":\"Signature method %1 is not supported\",\"parameters\":[\"HMAC-SHA1\"]}");
    }

    @Test
    void the23PresetAcceptsHmacSha1AndSha256ButNoOtherMethod() {
        sandbox.magento().settings().emulate(MagentoVersion.V2_3);

        assertThat(get(PRODUCTS, OAuthSigner.defaultIntegration().method("HMAC-SHA1"), call()).status())
                .isEqualTo(200);
        assertThat(get(PRODUCTS, OAuthSigner.defaultIntegration(), call()).status()).isEqualTo(200);
        Reply sha512 = get(PRODUCTS, OAuthSigner.defaultIntegration().method("HMAC-SHA512"), call());
        assertThat(sha512.status()).isEqualTo(400);
        assertThat(sha512.json().path("parameters").get(0).asText()).isEqualTo("HMAC-SHA512");

        sandbox.magento().settings().emulate(MagentoVersion.V2_4_7);
        assertThat(get(PRODUCTS, OAuthSigner.defaultIntegration().method("HMAC-SHA1"), call()).status())
                .isEqualTo(400);
    }

    @Test
    void theAllMethodsSettingChecksRsaAgainstTheRegisteredKeyAndPlaintext() {
        sandbox.magento().settings().oauthSignatureMethods(SignatureMethod.values());
        Pkcs1Keys key = Pkcs1Keys.load(Pkcs1Keys.OAUTHLIB_KEY);
        OAuthSigner rsa = OAuthSigner.defaultIntegration().rsa("RSA-SHA256", key.privateKey());

        assertThat(get(PRODUCTS, rsa, call()).body()).as("no public key registered yet").isEqualTo(SIGNATURE_INVALID);
        sandbox.magento().setIntegrationPublicKey(MagentoSandbox.INTEGRATION_NAME, key.publicKey());
        for (String method : new String[] {"RSA-SHA1", "RSA-SHA256", "RSA-SHA512"}) {
            assertThat(get(PRODUCTS, rsa.rsa(method, key.privateKey()), call()).status()).as(method).isEqualTo(200);
        }
        for (String method : new String[] {"HMAC-SHA1", "HMAC-SHA256", "HMAC-SHA512", "PLAINTEXT"}) {
            assertThat(get(PRODUCTS, OAuthSigner.defaultIntegration().method(method), call()).status()).as(method)
                    .isEqualTo(200);
        }
        assertThat(get(PRODUCTS, OAuthSigner.defaultIntegration().method("PLAINTEXT").tokenSecret("other"), call())
                .body()).isEqualTo(SIGNATURE_INVALID);
    }

    @Test
    void aWrongSecretOrAnUnsentParameterMakesTheSignatureInvalid() {
        Reply wrongSecret = get(PRODUCTS, OAuthSigner.defaultIntegration().tokenSecret("not-the-secret"), call());
        Reply extraParameter = get(PRODUCTS, OAuthSigner.defaultIntegration(), call().extra("x", "1"));

        assertThat(wrongSecret.status()).isEqualTo(401);
        assertThat(wrongSecret.body()).isEqualTo(SIGNATURE_INVALID);
        assertThat(extraParameter.body()).isEqualTo(SIGNATURE_INVALID);
    }

    @Test
    void aReplayedNonceIsRefusedNamingTheConsumerEvenAfterABadSignature() {
        OAuthSigner.Call first = call();
        String header = OAuthSigner.defaultIntegration().header("GET", http.rest() + PRODUCTS, first);
        Reply original = send("GET", http.rest() + PRODUCTS, header);
        Reply replay = send("GET", http.rest() + PRODUCTS, header);
        String nonce = "bad-signature-nonce";
        Reply badSignature = get(PRODUCTS, OAuthSigner.defaultIntegration().tokenSecret("x"), call(nonce));
        Reply retryWithSameNonce = get(PRODUCTS, OAuthSigner.defaultIntegration(), call(nonce));

        assertThat(original.status()).isEqualTo(200);
        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.body()).isEqualTo(
                "{\"message\":\"The nonce is already being used by the consumer with ID %1\",\"parameters\":[\"1\"]}");
        assertThat(badSignature.status()).isEqualTo(401);
        assertThat(retryWithSameNonce.json().path("message").asText()).startsWith("The nonce is already being used");
    }

    @Test
    void noncesAreForgottenWhenTheirTimestampIsOlderThanTheCleanupPeriod() {
        String header = OAuthSigner.defaultIntegration().header("GET", http.rest() + PRODUCTS, call());
        assertThat(send("GET", http.rest() + PRODUCTS, header).status()).isEqualTo(200);
        assertThat(sandbox.magento().rememberedNonces()).isEqualTo(1);

        clock.advance(Duration.ofMinutes(119));
        assertThat(send("GET", http.rest() + PRODUCTS, header).status()).isEqualTo(401);

        clock.advance(Duration.ofMinutes(1));
        assertThat(send("GET", http.rest() + PRODUCTS, header).status())
                .as("Magento has no lower bound on timestamps, so a cleaned-up nonce can be replayed")
                .isEqualTo(200);
    }

    @Test
    void timestampsMayNotBeMoreThan600SecondsAheadButMayBeAnyAmountBehind() {
        long now = clock.instant().getEpochSecond();
        String refused = "{\"message\":\"Incorrect timestamp value in the oauth_timestamp parameter\"}";

        assertThat(get(PRODUCTS, OAuthSigner.defaultIntegration(), call(now + 600)).status()).isEqualTo(200);
        Reply ahead = get(PRODUCTS, OAuthSigner.defaultIntegration(), call(now + 601));
        assertThat(ahead.status()).isEqualTo(400);
        assertThat(ahead.body()).isEqualTo(refused);
        assertThat(get(PRODUCTS, OAuthSigner.defaultIntegration(), call(0)).body()).isEqualTo(refused);
        assertThat(get(PRODUCTS, OAuthSigner.defaultIntegration(), call(-5)).body()).isEqualTo(refused);
        assertThat(get(PRODUCTS, OAuthSigner.defaultIntegration(), call().oauth("oauth_timestamp", "soon")).body())
                .isEqualTo(refused);
        assertThat(get(PRODUCTS, OAuthSigner.defaultIntegration(), call(1)).status()).isEqualTo(200);
    }

    @Test
    void aNonceLongerThanItsColumnCannotBeStored() {
        String nonce32 = "n".repeat(32);

        assertThat(get(PRODUCTS, OAuthSigner.defaultIntegration(), call(nonce32)).status()).isEqualTo(200);
        Reply tooLong = get(PRODUCTS, OAuthSigner.defaultIntegration(), call("m".repeat(33)));
        assertThat(tooLong.status()).isEqualTo(401);
        assertThat(tooLong.body()).isEqualTo("{\"message\":\"An error occurred validating the nonce\"}");
    }

    @Test
    void unknownConsumersAndTokensAreRefusedAsMagentoWordsIt() {
        String unknownKey = "k".repeat(32);
        OAuthSigner.Call unknownConsumer = call();
        Reply consumer = get(PRODUCTS, OAuthSigner.of(unknownKey, "s", MagentoSandbox.INTEGRATION_TOKEN, "t"),
                unknownConsumer);
        Reply shortKey = get(PRODUCTS, OAuthSigner.of("short", "s", MagentoSandbox.INTEGRATION_TOKEN, "t"), call());
        Reply unknownToken = get(PRODUCTS, OAuthSigner.of(MagentoSandbox.INTEGRATION_CONSUMER_KEY,
                MagentoSandbox.INTEGRATION_CONSUMER_SECRET, "t".repeat(32), "x"), call());
        Reply shortToken = get(PRODUCTS, OAuthSigner.of(MagentoSandbox.INTEGRATION_CONSUMER_KEY,
                MagentoSandbox.INTEGRATION_CONSUMER_SECRET, "short", "x"), call());
        IntegrationCredentials other = activated("other");
        Reply foreignToken = get(PRODUCTS, OAuthSigner.of(MagentoSandbox.INTEGRATION_CONSUMER_KEY,
                MagentoSandbox.INTEGRATION_CONSUMER_SECRET, other.accessToken(), other.accessTokenSecret()), call());

        assertThat(consumer.status()).isEqualTo(401);
        assertThat(consumer.message()).isEqualTo("A consumer having the specified key does not exist");
        assertThat(shortKey.status()).isEqualTo(401);
        assertThat(shortKey.message()).isEqualTo("Consumer key is not the correct length");
        assertThat(unknownToken.status()).isEqualTo(401);
        assertThat(unknownToken.message()).isEqualTo("Specified token does not exist");
        assertThat(shortToken.status()).isEqualTo(400);
        assertThat(shortToken.message()).isEqualTo("The token length is invalid. Check the length and try again.");
        assertThat(foreignToken.status()).isEqualTo(401);
        assertThat(foreignToken.message()).isEqualTo("Token is not associated with the specified consumer");
    }

    @Test
    void missingParametersAndAWrongVersionAreInputErrors() {
        Reply oneMissing = send("GET", http.rest() + PRODUCTS, "OAuth oauth_consumer_key=\"k\", "
                + "oauth_signature=\"s\", oauth_signature_method=\"HMAC-SHA256\", oauth_nonce=\"n\", "
                + "oauth_timestamp=\"1\"");
        Reply manyMissing = send("GET", http.rest() + PRODUCTS, "OAuth oauth_consumer_key=\"k\"");
        Reply version = get(PRODUCTS, OAuthSigner.defaultIntegration(), call().oauth("oauth_version", "2.0"));

        assertThat(oneMissing.status()).isEqualTo(400);
        assertThat(oneMissing.body()).isEqualTo(
                "{\"message\":\"\\\"%fieldName\\\" is required. Enter and try again.\",\"parameters\":"
                        + "{\"fieldName\":\"oauth_token\"}}");
        assertThat(manyMissing.status()).isEqualTo(400);
        assertThat(manyMissing.message()).isEqualTo("One or more input exceptions have occurred.");
        assertThat(manyMissing.json().path("errors")).hasSize(5);
        assertThat(version.status()).isEqualTo(400);
        assertThat(version.body()).isEqualTo(
                "{\"message\":\"The \\\"%1\\\" Oauth version isn't supported.\",\"parameters\":[\"2.0\"]}");
    }

    @Test
    void aJsonBodyIsNotSigned() {
        String url = http.rest() + "/all/V1/products";
        String header = OAuthSigner.defaultIntegration().header("POST", url, call());

        Reply reply = http.execute(HttpRequest.newBuilder(URI.create(url)).header("Authorization", header)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"product\":{\"sku\":\"OAUTH-1\",\"name\":\"Signed\","
                        + "\"price\":3,\"attribute_set_id\":4}}")).build());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(sandbox.magento().products().find("OAUTH-1")).isPresent();
    }

    @Test
    void aFormBodyIsSigned() {
        String url = http.rest() + "/all/V1/products";
        String signedWithBody = OAuthSigner.defaultIntegration().header("POST", url,
                call().body("sku", "FORM 1").body("price", "3"));
        String signedWithoutBody = OAuthSigner.defaultIntegration().header("POST", url, call());

        Reply withBody = postForm(url, signedWithBody, "sku=FORM+1&price=3");
        Reply withoutBody = postForm(url, signedWithoutBody, "sku=FORM+1&price=3");

        assertThat(withBody.status()).as("authenticated, then REST refuses the media type").isEqualTo(400);
        assertThat(withBody.message()).isEqualTo("Server cannot understand Content-Type HTTP header media type %1");
        assertThat(withoutBody.body()).isEqualTo(SIGNATURE_INVALID);
    }

    @Test
    void aPlusInTheQueryIsALiteralPlusForMagento() {
        String spaceUrl = http.rest() + PRODUCTS + "&note=a%20b";
        String plusUrl = http.rest() + PRODUCTS + "&note=a+b";

        assertThat(send("GET", plusUrl, OAuthSigner.defaultIntegration().header("GET", spaceUrl, call())).body())
                .as("a client that signs + as a space").isEqualTo(SIGNATURE_INVALID);
        assertThat(send("GET", spaceUrl, OAuthSigner.defaultIntegration().header("GET", spaceUrl, call())).status())
                .isEqualTo(200);
        assertThat(send("GET", plusUrl, OAuthSigner.defaultIntegration().header("GET", plusUrl, call())).status())
                .isEqualTo(200);
    }

    @Test
    void anIntegrationReachesOnlyTheResourcesItWasGranted() {
        sandbox.magento().createIntegration("catalog-only", "Magento_Catalog::products");
        IntegrationCredentials credentials = sandbox.magento().activateIntegration("catalog-only");
        OAuthSigner signer = OAuthSigner.of(credentials.consumerKey(), credentials.consumerSecret(),
                credentials.accessToken(), credentials.accessTokenSecret());

        assertThat(get(PRODUCTS, signer, call()).status()).isEqualTo(200);
        Reply orders = get(MagentoHttp.q("/V1/orders?searchCriteria[pageSize]=1"), signer, call());
        assertThat(orders.status()).isEqualTo(401);
        assertThat(orders.body()).isEqualTo("{\"message\":\"The consumer isn't authorized to access %resources.\","
                + "\"parameters\":{\"resources\":\"Magento_Sales::actions_view\"}}");
    }

    @Test
    void anIntegrationsAccessTokenIsABearerTokenOnlyWhileTheSettingIsOn() {
        IntegrationCredentials credentials = activated("bearer-too");

        assertThat(http.get(PRODUCTS, credentials.accessToken()).status()).isEqualTo(200);
        sandbox.magento().settings().integrationTokenAsBearer(false);
        assertThat(http.get(PRODUCTS, credentials.accessToken()).status()).isEqualTo(401);
        assertThat(get(PRODUCTS, OAuthSigner.of(credentials.consumerKey(), credentials.consumerSecret(),
                credentials.accessToken(), credentials.accessTokenSecret()), call()).status()).isEqualTo(200);
    }

    @Test
    void theRequestLogKeepsTheOAuthHeaderOnlyAsFingerprints() {
        get(PRODUCTS, OAuthSigner.defaultIntegration(), call("lognonce"));

        String logged = sandbox.magento().requests().last().orElseThrow().authorization().orElseThrow();
        String raw = sandbox.magento().lastAuthorizationHeader().orElseThrow();
        String signature = raw.replaceAll(".*oauth_signature=\"([^\"]+)\".*", "$1");

        assertThat(logged).startsWith("OAuth ")
                .contains("oauth_signature_method=\"HMAC-SHA256\"", "oauth_nonce=\"lognonce\"",
                        "oauth_token=\"sha256:", "oauth_signature=\"sha256:", "oauth_consumer_key=\"sha256:")
                .doesNotContain(MagentoSandbox.INTEGRATION_TOKEN, MagentoSandbox.INTEGRATION_CONSUMER_KEY, signature);
    }

    private IntegrationCredentials activated(String name) {
        sandbox.magento().createIntegration(name);
        return sandbox.magento().activateIntegration(name);
    }

    private OAuthSigner.Call call() {
        return call(clock.instant().getEpochSecond());
    }

    private OAuthSigner.Call call(long timestamp) {
        return OAuthSigner.call(timestamp, "nonce" + nonces.incrementAndGet());
    }

    private OAuthSigner.Call call(String nonce) {
        return OAuthSigner.call(clock.instant().getEpochSecond(), nonce);
    }

    private Reply get(String path, OAuthSigner signer, OAuthSigner.Call call) {
        String url = http.rest() + path;
        return send("GET", url, signer.header("GET", url, call));
    }

    private Reply send(String method, String url, String authorization) {
        return http.execute(HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization)
                .method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    private Reply postForm(String url, String authorization, String body) {
        return http.execute(HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }
}
