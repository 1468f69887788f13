package com.commerceconnectors.magento2;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.SignatureMethod;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.sandbox.ManualClock;
import com.commerceconnectors.sandbox.magento.MagentoSandbox;
import com.commerceconnectors.sandbox.magento.catalog.Product;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OAuth 1.0a connections against the sandbox store over loopback HTTP: the export consumer and the producer's search
 * and get with each of the seven signature methods, and what test-connection says when Magento refuses.
 */
class Magento2OAuth1Test extends SandboxCamelSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final com.commerceconnectors.sandbox.oauth1.SignatureMethod[] EVERY_METHOD =
            com.commerceconnectors.sandbox.oauth1.SignatureMethod.values();

    /** One key for every RSA test: generating one costs more than the rest of a test. */
    private static KeyPair rsa;

    private final List<Map<String, Object>> exported = new CopyOnWriteArrayList<>();
    private final CountDownLatch exportDone = new CountDownLatch(1);

    @BeforeAll
    static void generateKey() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        rsa = generator.generateKeyPair();
    }

    @BeforeEach
    void setUp() throws Exception {
        startSandbox();
        magento.setIntegrationPublicKey(MagentoSandbox.INTEGRATION_NAME, rsa.getPublic());
        startCamel();
        context.getRegistry().bind("state", new MemoryStateRepository());
    }

    @ParameterizedTest
    @EnumSource(SignatureMethod.class)
    @SuppressWarnings("unchecked")
    void everySignatureMethodExportsSearchesAndGets(SignatureMethod method) throws Exception {
        magento.settings().oauthSignatureMethods(EVERY_METHOD);
        List<Product> seeded = magento.seedProducts(25);
        context.getRegistry().bind("oauth", oauth1(method));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("magento2:products?connection=#oauth&pageSize=10&stateRepository=#state&initialDelay=0"
                        + "&delay=3600000&settleTime=0").routeId("export").process(e -> {
                            exported.add(e.getMessage().getBody(Map.class));
                            if (Boolean.TRUE.equals(e.getProperty(ExchangePropertyKey.BATCH_COMPLETE))) {
                                exportDone.countDown();
                            }
                        });
            }
        });
        startCamelContext();

        assertThat(exportDone.await(30, TimeUnit.SECONDS)).as("the export completed").isTrue();
        Set<Object> skus = new HashSet<>();
        exported.forEach(p -> skus.add(p.get("sku")));
        assertThat(exported).hasSize(25);
        assertThat(skus).hasSize(25);

        List<Map<String, Object>> page = template.requestBody("magento2:products?connection=#oauth&operation=search"
                + "&pageSize=5&filter=type_id:eq:simple&sort=entity_id:desc", null, List.class);
        assertThat(page).isNotEmpty().hasSizeLessThanOrEqualTo(5)
                .allSatisfy(p -> assertThat(p.get("type_id")).isEqualTo("simple"));

        String sku = seeded.get(3).sku();
        Map<String, Object> product = template.requestBodyAndHeader("magento2:products?connection=#oauth&operation=get",
                null, Magento2Constants.RESOURCE_KEY, sku, Map.class);
        assertThat(product.get("sku")).isEqualTo(sku);

        assertThat(magento.lastAuthorizationHeader()).get(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("OAuth ").contains("oauth_signature_method=\"" + method.id() + "\"");
        assertThat(magento.rememberedNonces()).as("one nonce per request").isGreaterThanOrEqualTo(5);
    }

    @ParameterizedTest
    @EnumSource(value = SignatureMethod.class, names = {"HMAC_SHA1", "RSA_SHA256", "PLAINTEXT"})
    @SuppressWarnings("unchecked")
    void magento244RefusesEveryMethodButHmacSha256AndTheHintSaysSo(SignatureMethod method) {
        // the sandbox's default is 2.4.4+: HMAC-SHA256 only
        context.getRegistry().bind("oauth", oauth1(method));
        startCamelContext();

        Map<String, Object> verdict = template.requestBody("magento2:x?connection=#oauth&operation=testConnection", null,
                Map.class);
        assertThat(verdict).containsEntry("ok", false).containsEntry("authType", "oauth1")
                .containsEntry("category", "CONFIGURATION").containsEntry("httpStatus", 400);
        assertThat((String) verdict.get("hint")).startsWith("Use HMAC-SHA256");
        assertThat((String) verdict.get("message")).contains("Signature method " + method.id() + " is not supported");
        assertNoSecret(verdict.toString());

        int before = magento.apiCalls();
        Exchange search = template.request("magento2:products?connection=#oauth&operation=search&pageSize=1", e -> { });
        ApiException e = failure(search);
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.getMessage()).contains("HMAC-SHA256");
        assertNoSecret(e.getMessage());
        assertThat(magento.apiCalls() - before).as("a refused method is not retried").isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void anIntegrationTokenAsBearerIsRefusedSince244AndTheHintNamesTheWayOut() {
        magento.settings().integrationTokenAsBearer(false);
        context.getRegistry().bind("bearer", bearerConnection());
        startCamelContext();

        Map<String, Object> verdict = template.requestBody("magento2:x?connection=#bearer&operation=testConnection", null,
                Map.class);
        assertThat(verdict).containsEntry("ok", false).containsEntry("category", "AUTHENTICATION")
                .containsEntry("httpStatus", 401);
        assertThat((String) verdict.get("hint")).contains("enable_integration_as_bearer").contains("oauth1")
                .contains("HMAC-SHA256");
        assertThat(verdict.toString()).doesNotContain(MagentoSandbox.INTEGRATION_TOKEN);

        // the same integration works signed
        context.getRegistry().bind("oauth", oauth1(SignatureMethod.HMAC_SHA256));
        Map<String, Object> ok = template.requestBody("magento2:x?connection=#oauth&operation=testConnection", null,
                Map.class);
        assertThat(ok).containsEntry("ok", true).containsEntry("category", "OK");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aClockTooFarAheadIsReportedAsClockSkewWhileOneBehindIsAccepted() throws Exception {
        // Magento refuses timestamps more than 600 s in its future and has no lower bound
        Magento2Component component = context.getComponent("magento2", Magento2Component.class);
        component.setClock(new ManualClock(START.plus(Duration.ofMinutes(11))));
        context.getRegistry().bind("oauth", oauth1(SignatureMethod.HMAC_SHA256));
        startCamelContext();

        Map<String, Object> ahead = template.requestBody("magento2:x?connection=#oauth&operation=testConnection", null,
                Map.class);
        assertThat(ahead).containsEntry("ok", false).containsEntry("category", "CLOCK_SKEW")
                .containsEntry("httpStatus", 400);
        assertThat((String) ahead.get("message")).contains("oauth_timestamp");
        assertThat((String) ahead.get("hint")).contains("10 minutes ahead").contains("NTP");

        context.stop();
        startCamel();
        context.getComponent("magento2", Magento2Component.class)
                .setClock(new ManualClock(START.minus(Duration.ofHours(2))));
        context.getRegistry().bind("oauth", oauth1(SignatureMethod.HMAC_SHA256));
        startCamelContext();
        Map<String, Object> behind = template.requestBody("magento2:x?connection=#oauth&operation=testConnection", null,
                Map.class);
        assertThat(behind).containsEntry("ok", true);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aReplayedNonceIsExplainedAsSomethingInBetweenSendingTheRequestTwice() throws Exception {
        try (ReplayingAgent agent = ReplayingAgent.start()) {
            ObjectNode doc = oauth1Document(SignatureMethod.HMAC_SHA256);
            doc.put("mode", "onPremise");
            doc.putObject("agent").put("proxyUri", agent.uri().toString());
            context.getRegistry().bind("oauth", connection(doc.toString()));
            startCamelContext();

            Map<String, Object> first = template.requestBody("magento2:x?connection=#oauth&operation=testConnection",
                    null, Map.class);
            assertThat(first).containsEntry("ok", true);
            assertThat(agent.forwarded()).isEqualTo(1);

            Map<String, Object> replayed = template.requestBody("magento2:x?connection=#oauth&operation=testConnection",
                    null, Map.class);
            assertThat(replayed).containsEntry("ok", false).containsEntry("category", "AUTHENTICATION")
                    .containsEntry("httpStatus", 401);
            assertThat((String) replayed.get("message")).contains("nonce is already being used");
            assertThat((String) replayed.get("hint")).contains("nonce").contains("proxy");
            assertNoSecret(replayed.toString());
        }
    }

    @Test
    void noSecretReachesAnyLogAtTraceWhileSigning() throws Exception {
        magento.settings().oauthSignatureMethods(EVERY_METHOD);
        magento.seedProducts(3);
        context.getRegistry().bind("hmac", oauth1(SignatureMethod.HMAC_SHA512));
        context.getRegistry().bind("rsa", oauth1(SignatureMethod.RSA_SHA256));
        startCamelContext();
        try (CapturedLogs logs = new CapturedLogs("com.commerceconnectors", "org.apache.hc")) {
            template.requestBody("magento2:products?connection=#hmac&operation=search&pageSize=2", null, List.class);
            template.requestBody("magento2:products?connection=#rsa&operation=search&pageSize=2", null, List.class);
            assertThat(logs.events()).as("something was logged").isNotEmpty();
            assertNoSecret(logs.text());
            assertThat(logs.text()).doesNotContain(pemBody().lines().skip(10).findFirst().orElseThrow());
            String header = magento.lastAuthorizationHeader().orElseThrow();
            String signature = header.replaceAll(".*oauth_signature=\"([^\"]+)\".*", "$1");
            assertThat(logs.text()).doesNotContain(signature);
        }
    }

    private Connection oauth1(SignatureMethod method) {
        return connection(oauth1Document(method).toString());
    }

    private ObjectNode oauth1Document(SignatureMethod method) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("name", "shop-" + method.id().toLowerCase(java.util.Locale.ROOT));
        doc.put("connector", "magento2");
        doc.put("baseUri", magento.restUri().toString());
        ObjectNode auth = doc.putObject("auth");
        auth.put("type", "oauth1");
        auth.put("signatureMethod", method.id());
        auth.put("consumerKey", MagentoSandbox.INTEGRATION_CONSUMER_KEY);
        auth.put("accessToken", MagentoSandbox.INTEGRATION_TOKEN);
        if (method.isRsa()) {
            auth.put("privateKey", "-----BEGIN PRIVATE KEY-----\n" + pemBody() + "\n-----END PRIVATE KEY-----\n");
        } else {
            auth.put("consumerSecret", MagentoSandbox.INTEGRATION_CONSUMER_SECRET);
            auth.put("accessTokenSecret", MagentoSandbox.INTEGRATION_TOKEN_SECRET);
        }
        return doc;
    }

    private static String pemBody() {
        return Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(rsa.getPrivate().getEncoded());
    }

    private static void assertNoSecret(String text) {
        assertThat(text).doesNotContain(MagentoSandbox.INTEGRATION_CONSUMER_SECRET)
                .doesNotContain(MagentoSandbox.INTEGRATION_TOKEN)
                .doesNotContain(MagentoSandbox.INTEGRATION_TOKEN_SECRET);
    }
}
