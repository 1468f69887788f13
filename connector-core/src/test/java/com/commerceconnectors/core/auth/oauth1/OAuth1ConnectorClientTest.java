package com.commerceconnectors.core.auth.oauth1;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.OAuth1Auth;
import com.commerceconnectors.connection.Secret;
import com.commerceconnectors.connection.SignatureMethod;
import com.commerceconnectors.core.auth.AuthPolicy;
import com.commerceconnectors.core.auth.AuthPolicyFactory;
import com.commerceconnectors.core.auth.DefaultAuthPolicyFactory;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.core.http.ApiRequest;
import com.commerceconnectors.core.http.ApiResponse;
import com.commerceconnectors.core.http.ConnectorClient;
import com.commerceconnectors.core.http.HttpMethod;
import com.commerceconnectors.core.testing.Connections;
import com.commerceconnectors.core.testing.MutableClock;
import com.commerceconnectors.core.testing.RecordedRequest;
import com.commerceconnectors.core.testing.RecordingSleeper;
import com.commerceconnectors.core.testing.Reply;
import com.commerceconnectors.core.testing.TestServer;
import org.bouncycastle.openssl.PKCS8Generator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Requests signed by the {@code oauth1} policy through the real {@link ConnectorClient}, checked on arrival by a server
 * whose verifier follows RFC 5849 on its own ({@link Rfc5849Verifier}).
 */
class OAuth1ConnectorClientTest {

    private static final String CONSUMER_KEY = "ck-9djdj82h48djs9d2";
    private static final String CONSUMER_SECRET = "cs-ECrDNoq1VYzzz zz&";
    private static final String ACCESS_TOKEN = "at-kkk9d7dh3k39sjv7";
    private static final String TOKEN_SECRET = "ts-just-a-string    asdasd";
    private static final String SIGNATURE_INVALID = "{\"message\":\"The signature is invalid. Verify and try again.\"}";

    private final TestServer server = TestServer.http();
    private final MutableClock clock = MutableClock.at("2026-05-04T10:00:00Z");
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);
    private final List<Rfc5849Verifier.Verdict> verdicts = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        server.close();
    }

    private static OAuth1Auth hmac(SignatureMethod method) {
        return new OAuth1Auth(method, CONSUMER_KEY, Secret.of(CONSUMER_SECRET), Secret.of(ACCESS_TOKEN),
                Secret.of(TOKEN_SECRET), null, null);
    }

    private ConnectorClient client(OAuth1Auth auth) {
        return client(auth, DefaultAuthPolicyFactory.standard());
    }

    private ConnectorClient client(OAuth1Auth auth, AuthPolicyFactory factory) {
        Connection connection = Connections.cloud(server.uri("/rest"), auth);
        return ConnectorClient.builder().connection(connection).platformName("Magento").authPolicyFactory(factory)
                .clock(clock).sleeper(sleeper).random(() -> 0.5).build();
    }

    /** Answers 200 with {"ok":true} to a valid signature and Magento's 401 to anything else. */
    private void verifying(String path, Rfc5849Verifier verifier) {
        server.route(path, r -> {
            Rfc5849Verifier.Verdict verdict = verifier.verify(r);
            verdicts.add(verdict);
            return verdict.valid() ? Reply.json(200, "{\"ok\":true}") : Reply.json(401, SIGNATURE_INVALID);
        });
    }

    private static Rfc5849Verifier secrets() {
        return Rfc5849Verifier.withSecrets(CONSUMER_SECRET, TOKEN_SECRET);
    }

    @Test
    void isStandardSoTheMagentoClientNeedsNoRegistration() {
        assertThat(DefaultAuthPolicyFactory.standard().supportedTypes()).containsExactly("bearer", "requestAuth", "oauth1", "wsse");
        try (ConnectorClient client = client(hmac(SignatureMethod.HMAC_SHA256))) {
            assertThat(client.authPolicy()).isInstanceOf(OAuth1AuthPolicy.class);
            assertThat(client.authPolicy().type()).isEqualTo("oauth1");
        }
    }

    @Test
    void signsAMagentoSearchWithBracketsSpacesAndAStoreCode() {
        verifying("/rest/default/V1/products", secrets());
        String query = "searchCriteria%5Bfilter_groups%5D%5B0%5D%5Bfilters%5D%5B0%5D%5Bfield%5D=name"
                + "&searchCriteria%5Bfilter_groups%5D%5B0%5D%5Bfilters%5D%5B0%5D%5Bvalue%5D=red%20shirt%25"
                + "&searchCriteria%5Bfilter_groups%5D%5B0%5D%5Bfilters%5D%5B0%5D%5Bcondition_type%5D=like"
                + "&searchCriteria%5BsortOrders%5D%5B0%5D%5Bfield%5D=updated_at"
                + "&searchCriteria%5BpageSize%5D=50&searchCriteria%5BcurrentPage%5D=1";

        try (ConnectorClient client = client(hmac(SignatureMethod.HMAC_SHA256))) {
            assertThat(client.sendForJson(ApiRequest.get(server.uri("/rest/default/V1/products?" + query)))
                    .get("ok").asBoolean()).isTrue();
        }

        Rfc5849Verifier.Verdict verdict = verdicts.get(0);
        assertThat(verdict.valid()).as(verdict.problem()).isTrue();
        assertThat(verdict.oauth()).containsEntry("oauth_consumer_key", CONSUMER_KEY)
                .containsEntry("oauth_token", ACCESS_TOKEN)
                .containsEntry("oauth_signature_method", "HMAC-SHA256")
                .containsEntry("oauth_version", "1.0")
                .containsEntry("oauth_timestamp", String.valueOf(clock.instant().getEpochSecond()))
                .doesNotContainKey("realm");
        assertThat(verdict.oauth().get("oauth_nonce")).matches("[A-Za-z0-9_-]{32}");
        assertThat(verdict.baseString()).contains("searchCriteria%255BpageSize%255D%3D50")
                .contains("red%2520shirt%2525");
        assertThat(server.requests().get(0).header("Authorization")).startsWith("OAuth oauth_consumer_key=\"ck-9djdj82h48djs9d2\", "
                + "oauth_token=\"at-kkk9d7dh3k39sjv7\", oauth_signature_method=\"HMAC-SHA256\", oauth_timestamp=\"");
    }

    @Test
    void signsThePathExactlyAsSent() {
        String path = "/index.php/rest/all/V1/products/ABC%2F10/";
        verifying(path.replace("%2F", "/"), secrets()); // the JDK server routes by the decoded path

        try (ConnectorClient client = client(hmac(SignatureMethod.HMAC_SHA256))) {
            client.send(ApiRequest.get(server.uri(path)));
        }

        RecordedRequest received = server.requests().get(0);
        assertThat(received.uri().getRawPath()).isEqualTo(path);
        assertThat(verdicts.get(0).valid()).isTrue();
        assertThat(verdicts.get(0).baseString()).contains("%2Fproducts%2FABC%252F10%2F&");
    }

    @Test
    void signsFormBodiesAndLeavesJsonBodiesOut() {
        verifying("/rest/V1/form", secrets());
        verifying("/rest/V1/json", secrets());

        try (ConnectorClient client = client(hmac(SignatureMethod.HMAC_SHA256))) {
            client.send(ApiRequest.post(server.uri("/rest/V1/form"))
                    .withBody("name=Blue+Mug&sku=MUG%2F1".getBytes(StandardCharsets.UTF_8), ApiRequest.FORM));
            client.send(ApiRequest.put(server.uri("/rest/V1/json?x=1"))
                    .withJsonBody("{\"product\":{\"sku\":\"MUG/1\",\"name\":\"Blue Mug\"}}"));
        }

        assertThat(verdicts).allSatisfy(v -> assertThat(v.valid()).as(v.problem()).isTrue());
        assertThat(verdicts.get(0).baseString()).contains("name%3DBlue%2520Mug").contains("sku%3DMUG%252F1");
        assertThat(verdicts.get(1).baseString()).doesNotContain("product").contains("x%3D1");
    }

    @Test
    void signsEveryAttemptAfreshSoARetriedRequestCarriesANewNonce() {
        AtomicInteger calls = new AtomicInteger();
        Rfc5849Verifier verifier = secrets();
        server.route("/rest/V1/products/MUG-1", r -> {
            verdicts.add(verifier.verify(r));
            return calls.getAndIncrement() == 0
                    ? Reply.json(429, "{\"message\":\"Too many requests\"}").withHeader("Retry-After", "3")
                    : Reply.json(200, "{\"sku\":\"MUG-1\"}");
        });

        try (ConnectorClient client = client(hmac(SignatureMethod.HMAC_SHA256))) {
            assertThat(client.sendForJson(ApiRequest.get(server.uri("/rest/V1/products/MUG-1"))).get("sku").asText())
                    .isEqualTo("MUG-1");
        }

        assertThat(verdicts).hasSize(2).allSatisfy(v -> assertThat(v.valid()).as(v.problem()).isTrue());
        Rfc5849Verifier.Verdict first = verdicts.get(0);
        Rfc5849Verifier.Verdict second = verdicts.get(1);
        assertThat(second.oauth().get("oauth_nonce")).isNotEqualTo(first.oauth().get("oauth_nonce"));
        assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(3));
        assertThat(Long.parseLong(second.oauth().get("oauth_timestamp")))
                .isEqualTo(Long.parseLong(first.oauth().get("oauth_timestamp")) + 3);
        assertThat(server.requests().get(1).header("Authorization"))
                .isNotEqualTo(server.requests().get(0).header("Authorization"));
    }

    @Test
    void signsAFollowedRedirectForItsOwnUrl() {
        server.route("/rest/V1/old", r -> Reply.empty(301).withHeader("Location", "/rest/V1/new?page=2"));
        verifying("/rest/V1/new", secrets());

        try (ConnectorClient client = client(hmac(SignatureMethod.HMAC_SHA256))) {
            client.send(ApiRequest.get(server.uri("/rest/V1/old?page=1")));
        }

        assertThat(server.requests()).hasSize(2);
        assertThat(verdicts.get(0).valid()).as(verdicts.get(0).problem()).isTrue();
        assertThat(verdicts.get(0).baseString()).contains("%2Frest%2FV1%2Fnew&").contains("page%3D2");
    }

    @Test
    void doesNotReplayA401AndSaysWhatToCheck() {
        verifying("/rest/V1/orders", Rfc5849Verifier.withSecrets(CONSUMER_SECRET, "another token secret"));

        try (ConnectorClient client = client(hmac(SignatureMethod.HMAC_SHA256))) {
            assertThatThrownBy(() -> client.send(ApiRequest.get(server.uri("/rest/V1/orders?searchCriteria="))))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.category()).isEqualTo(ErrorCategory.AUTHENTICATION);
                        assertThat(e.status()).isEqualTo(401);
                        assertThat(e.getMessage()).startsWith("Magento answered 401 Unauthorized: The signature is "
                                + "invalid. Verify and try again. The platform computed a different signature. Check "
                                + "auth.consumerSecret and auth.accessTokenSecret")
                                .contains("DEBUG logging of com.commerceconnectors.core.auth.oauth1.BaseString");
                    });
        }
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void explainsAnAclRefusalOfAValidSignature() {
        server.route("/rest/V1/customers/search", r -> Reply.json(401, "{\"message\":\"The consumer isn't authorized "
                + "to access %resources.\",\"parameters\":{\"resources\":\"Magento_Customer::customer\"}}"));

        try (ConnectorClient client = client(hmac(SignatureMethod.HMAC_SHA256))) {
            assertThatThrownBy(() -> client.send(ApiRequest.get(server.uri("/rest/V1/customers/search?searchCriteria="))))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.advice()).hasValueSatisfying(a ->
                            assertThat(a).contains("integration may not use this resource")
                                    .contains("SetEnvIf Authorization")));
        }
    }

    @Test
    void putsItsAdviceOverTheConnectorsFor401sOnlyAndLeavesOtherFailuresToTheConnector() {
        server.route("/rest/V1/nonce", r -> Reply.json(401,
                "{\"message\":\"The nonce is already being used by the consumer with ID 7\"}"));
        server.route("/rest/V1/missing", r -> Reply.json(404, "{\"message\":\"No such entity.\"}"));
        Connection connection = Connections.cloud(server.uri("/rest"), hmac(SignatureMethod.HMAC_SHA256));

        try (ConnectorClient client = ConnectorClient.builder().connection(connection).platformName("Magento")
                .errorAdvisor((failure, advice) -> "connector advice for " + failure.status()).clock(clock).build()) {
            assertThatThrownBy(() -> client.send(ApiRequest.get(server.uri("/rest/V1/nonce"))))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.advice()).hasValueSatisfying(a ->
                            assertThat(a).startsWith("The platform has seen this request's nonce before")));
            assertThatThrownBy(() -> client.send(ApiRequest.get(server.uri("/rest/V1/missing"))))
                    .isInstanceOfSatisfying(ApiException.class, e ->
                            assertThat(e.advice()).contains("connector advice for 404"));
        }
    }

    @Test
    void aRegisteredFactoryStillWinsOverCoresOauth1() {
        server.route("/rest/V1/x", r -> Reply.json(200, "{}"));
        AuthPolicyFactory custom = context -> new AuthPolicy() {
            @Override
            public ApiRequest authorize(ApiRequest request) {
                return request.withSecretHeader("Authorization", "Custom");
            }

            @Override
            public boolean onUnauthorized(ApiRequest sent, ApiResponse response) {
                return false;
            }

            @Override
            public String type() {
                return "oauth1";
            }
        };

        try (ConnectorClient client = client(hmac(SignatureMethod.HMAC_SHA256),
                DefaultAuthPolicyFactory.builder().register("oauth1", custom).build())) {
            client.send(ApiRequest.get(server.uri("/rest/V1/x")));
        }
        assertThat(server.requests().get(0).header("Authorization")).isEqualTo("Custom");
    }

    @Test
    void signsWithAnRsaKeyThatTheServerChecksWithThePublicKey() throws Exception {
        verifying("/rest/V1/products", Rfc5849Verifier.withPublicKey(TestKeys.pem("oauthlib-rsa-1024-public.pem")));
        OAuth1Auth rsa = new OAuth1Auth(SignatureMethod.RSA_SHA256, CONSUMER_KEY, null, Secret.of(ACCESS_TOKEN), null,
                TestKeys.secret("oauthlib-rsa-1024-pkcs1.pem"), "Shop");

        try (ConnectorClient client = client(rsa)) {
            client.send(ApiRequest.get(server.uri("/rest/V1/products?searchCriteria%5BpageSize%5D=1")));
            client.send(ApiRequest.of(HttpMethod.DELETE, server.uri("/rest/V1/products")));
        }

        assertThat(verdicts).hasSize(2).allSatisfy(v -> {
            assertThat(v.valid()).as(v.problem()).isTrue();
            assertThat(v.oauth()).containsEntry("oauth_signature_method", "RSA-SHA256").containsEntry("realm", "Shop");
        });
    }

    @Test
    void sendsAndSignsCharactersOutsideAsciiPercentEncoded() {
        verifying("/rest/V1/products/Größe", secrets());

        try (ConnectorClient client = client(hmac(SignatureMethod.HMAC_SHA256))) {
            client.send(ApiRequest.get(URI.create("http://127.0.0.1:" + server.port() + "/rest/V1/products/Größe?q=été")));
        }

        assertThat(server.requests().get(0).uri().getRawPath()).isEqualTo("/rest/V1/products/Gr%C3%B6%C3%9Fe");
        assertThat(server.requests().get(0).uri().getRawQuery()).isEqualTo("q=%C3%A9t%C3%A9");
        assertThat(verdicts.get(0).valid()).as(verdicts.get(0).problem()).isTrue();
    }

    @Test
    void signsWithAnEncryptedKeyAndItsPassphraseThatTheServerChecksWithThePublicKey() throws Exception {
        verifying("/rest/V1/products", Rfc5849Verifier.withPublicKey(TestKeys.pem("oauthlib-rsa-1024-public.pem")));
        OAuth1Auth pkcs8 = new OAuth1Auth(SignatureMethod.RSA_SHA256, CONSUMER_KEY, null, Secret.of(ACCESS_TOKEN), null,
                Secret.of(TestKeys.encryptedPkcs8(PKCS8Generator.AES_256_CBC)), Secret.of(TestKeys.PASSPHRASE), null);
        OAuth1Auth legacy = new OAuth1Auth(SignatureMethod.RSA_SHA512, CONSUMER_KEY, null, Secret.of(ACCESS_TOKEN), null,
                Secret.of(TestKeys.encryptedPkcs1("AES-256-CBC")), Secret.of(TestKeys.PASSPHRASE), null);

        for (OAuth1Auth auth : List.of(pkcs8, legacy)) {
            try (ConnectorClient client = client(auth)) {
                client.send(ApiRequest.get(server.uri("/rest/V1/products?searchCriteria%5BpageSize%5D=1")));
            }
        }

        assertThat(verdicts).hasSize(2).allSatisfy(v -> assertThat(v.valid()).as(v.problem()).isTrue());
        assertThat(verdicts.get(1).oauth()).containsEntry("oauth_signature_method", "RSA-SHA512");
    }

    @Test
    void refusesAConnectionWhoseKeyCannotBeUsedBeforeSendingAnything() {
        OAuth1Auth encrypted = new OAuth1Auth(SignatureMethod.RSA_SHA256, CONSUMER_KEY, null, Secret.of(ACCESS_TOKEN), null,
                TestKeys.secret("encrypted-pkcs8.pem"), null);
        OAuth1Auth wrongPassphrase = new OAuth1Auth(SignatureMethod.RSA_SHA256, CONSUMER_KEY, null, Secret.of(ACCESS_TOKEN),
                null, Secret.of(TestKeys.encryptedPkcs1("AES-256-CBC")), Secret.of("not-the-passphrase"), null);

        assertThatThrownBy(() -> client(encrypted)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.category()).isEqualTo(ErrorCategory.CONFIGURATION);
            assertThat(e.getMessage()).startsWith("auth.privateKey is encrypted and auth.privateKeyPassphrase is not set");
        });
        assertThatThrownBy(() -> client(wrongPassphrase)).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.category()).isEqualTo(ErrorCategory.CONFIGURATION);
            assertThat(e.getMessage()).startsWith("auth.privateKeyPassphrase does not decrypt auth.privateKey")
                    .doesNotContain("not-the-passphrase");
        });
        assertThat(server.requests()).isEmpty();
    }
}
