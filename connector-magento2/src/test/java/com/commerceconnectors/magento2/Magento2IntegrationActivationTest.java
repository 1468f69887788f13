package com.commerceconnectors.magento2;

import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.core.http.TransportSettings;
import com.commerceconnectors.magento2.oauth.ActivationCallback;
import com.commerceconnectors.magento2.oauth.ActivationReceiver;
import com.commerceconnectors.magento2.oauth.IntegrationActivation;
import com.commerceconnectors.magento2.oauth.IntegrationTokens;
import com.commerceconnectors.sandbox.ManualClock;
import com.commerceconnectors.sandbox.magento.integration.Integration;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Magento's integration activation end to end over loopback HTTP: the sandbox posts to the receiver, the exchange
 * gets the access token, and an oauth1 connection made of the result reads the store.
 */
class Magento2IntegrationActivationTest extends SandboxCamelSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ActivationReceiver receiver;
    private IntegrationActivation activation;
    private Integration erp;

    @BeforeEach
    void setUp() throws Exception {
        startSandbox();
        erp = magento.createIntegration("erp");
        receiver = ActivationReceiver.start(new InetSocketAddress("127.0.0.1", 0), null);
        activation = IntegrationActivation.create(TransportSettings.defaults(), clock);
    }

    @AfterEach
    void closeReceiver() {
        activation.close();
        receiver.close();
    }

    @Test
    void anActivationBecomesAWorkingOAuth1Connection() throws Exception {
        var posted = magento.activateIntegration("erp", receiver.callbackUri());
        assertThat(posted.callbackStatus()).as("the callback answers before the exchange").isEqualTo(200);
        ActivationCallback callback = receiver.await(Duration.ofSeconds(10)).orElseThrow();
        assertThat(callback.consumerKey()).isEqualTo(erp.consumerKey());
        assertThat(callback.storeBaseUrl()).isEqualTo(magento.storeBaseUri());
        assertThat(callback.toString()).doesNotContain(erp.consumerSecret()).doesNotContain(erp.consumerKey());

        IntegrationTokens tokens;
        try (CapturedLogs logs = new CapturedLogs("com.commerceconnectors", "org.apache.hc")) {
            tokens = activation.exchange(callback);
            assertThat(logs.events()).as("the exchange is logged").isNotEmpty();
            assertNoSecret(logs.text(), callback);
            assertThat(logs.text()).doesNotContain(tokens.accessToken().reveal())
                    .doesNotContain(tokens.accessTokenSecret().reveal());
        }
        assertThat(tokens.restUri()).isEqualTo(magento.restUri());
        assertThat(tokens.accessToken().reveal()).hasSize(32);
        assertThat(tokens.toString()).doesNotContain(tokens.accessToken().reveal())
                .doesNotContain(tokens.accessTokenSecret().reveal());
        assertThat(magento.integrations().byName("erp").orElseThrow().active()).isTrue();

        magento.seedProducts(4);
        startCamel();
        context.getRegistry().bind("erp", connection(document(tokens)));
        startCamelContext();
        List<?> products = template.requestBody("magento2:products?connection=#erp&operation=search&pageSize=10", null,
                List.class);
        assertThat(products).hasSize(4);
        assertThat(magento.lastAuthorizationHeader()).get().asString().contains("oauth_signature_method=\"HMAC-SHA256\"");
    }

    @Test
    void aConsumerKeyOlderThanFiveMinutesIsRefusedWithTheWayOut() throws Exception {
        magento.activateIntegration("erp", receiver.callbackUri());
        ActivationCallback callback = receiver.await(Duration.ofSeconds(10)).orElseThrow();
        clock.advance(Duration.ofSeconds(301));

        assertThatThrownBy(() -> activation.exchange(callback))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.category()).isEqualTo(ErrorCategory.AUTHENTICATION);
                    assertThat(e.getMessage()).startsWith("Magento refused the request token (HTTP 401): Consumer key"
                            + " has expired").contains("5 minutes").contains("Reauthorize");
                    assertNoSecret(e.getMessage(), callback);
                });
    }

    @Test
    void aSecondExchangeOfTheSameActivationIsRefusedAsUsedUp() throws Exception {
        magento.activateIntegration("erp", receiver.callbackUri());
        ActivationCallback callback = receiver.await(Duration.ofSeconds(10)).orElseThrow();
        activation.exchange(callback);

        assertThatThrownBy(() -> activation.exchange(callback))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getMessage()).startsWith("Magento refused the request token")
                            .contains("already used or was replaced");
                    assertNoSecret(e.getMessage(), callback);
                });
    }

    @Test
    void aClockFarAheadOfTheStoreIsNamedAsTheCause() throws Exception {
        magento.activateIntegration("erp", receiver.callbackUri());
        ActivationCallback callback = receiver.await(Duration.ofSeconds(10)).orElseThrow();
        try (IntegrationActivation fast = IntegrationActivation.create(TransportSettings.defaults(),
                new ManualClock(START.plus(Duration.ofMinutes(15))))) {
            assertThatThrownBy(() -> fast.exchange(callback))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.status()).isEqualTo(400);
                        assertThat(e.getMessage()).contains("oauth_timestamp").contains("NTP");
                    });
        }
        // the refusal used nothing up: with a right clock the same activation completes
        assertThat(activation.exchange(callback).consumerKey()).isEqualTo(erp.consumerKey());
    }

    @Test
    void aStoreThatCannotBeReachedIsANetworkErrorSayingWhichStep() throws Exception {
        magento.activateIntegration("erp", receiver.callbackUri());
        ActivationCallback real = receiver.await(Duration.ofSeconds(10)).orElseThrow();
        int closedPort;
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        ActivationCallback elsewhere = new ActivationCallback(real.consumerKey(), real.consumerSecret(),
                URI.create("http://127.0.0.1:" + closedPort + "/"), real.verifier());

        assertThatThrownBy(() -> activation.exchange(elsewhere))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.category()).isEqualTo(ErrorCategory.NETWORK);
                    assertThat(e.getMessage()).startsWith("The request token could not be requested")
                            .contains("127.0.0.1:" + closedPort);
                    assertNoSecret(e.getMessage(), real);
                });
    }

    @Test
    void theReceiverIgnoresWhatIsNotAnActivationAndKeepsWaiting() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI callback = receiver.callbackUri();
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(callback).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(405);
        HttpResponse<String> partial = http.send(HttpRequest.newBuilder(callback)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("oauth_consumer_key=abc&oauth_consumer_secret=s3cr3t-value"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(partial.statusCode()).isEqualTo(400);
        assertThat(partial.body()).contains("store_base_url").contains("oauth_verifier").doesNotContain("s3cr3t-value");
        HttpResponse<String> elsewhere = http.send(HttpRequest.newBuilder(callback.resolve("/other")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(elsewhere.statusCode()).isEqualTo(404);
        assertThat(receiver.await(Duration.ofMillis(50))).as("nothing valid arrived yet").isEmpty();

        magento.activateIntegration("erp", callback);
        assertThat(receiver.await(Duration.ofSeconds(10))).get()
                .extracting(ActivationCallback::consumerKey).isEqualTo(erp.consumerKey());
    }

    @Test
    void theFormIsReadAsMagentoWritesIt() throws Exception {
        ActivationCallback c = ActivationCallback.fromForm("oauth_consumer_key=k1&oauth_consumer_secret=a%2Bb+c"
                + "&store_base_url=https%3A%2F%2Fshop.example.com%2Fde&oauth_verifier=v%3D");
        assertThat(c.consumerSecret().reveal()).isEqualTo("a+b c");
        assertThat(c.verifier().reveal()).isEqualTo("v=");
        assertThat(c.storeBaseUrl()).isEqualTo(URI.create("https://shop.example.com/de/"));
        assertThat(c.tokenRequestUri()).isEqualTo(URI.create("https://shop.example.com/de/oauth/token/request"));
        assertThatThrownBy(() -> ActivationCallback.fromForm("oauth_consumer_key=k&oauth_consumer_secret=s"
                + "&store_base_url=ftp%3A%2F%2Fshop&oauth_verifier=v"))
                .hasMessage("The activation's store_base_url is not an absolute http(s) URL");
    }

    private static String document(IntegrationTokens tokens) {
        ObjectNode doc = JSON.createObjectNode();
        doc.put("name", "erp");
        doc.put("connector", "magento2");
        doc.put("baseUri", tokens.restUri().toString());
        doc.set("auth", JSON.valueToTree(Map.of("type", "oauth1", "signatureMethod", "HMAC-SHA256",
                "consumerKey", tokens.consumerKey(), "consumerSecret", tokens.consumerSecret().reveal(),
                "accessToken", tokens.accessToken().reveal(), "accessTokenSecret", tokens.accessTokenSecret().reveal())));
        return doc.toString();
    }

    private static void assertNoSecret(String text, ActivationCallback callback) {
        assertThat(text).doesNotContain(callback.consumerSecret().reveal()).doesNotContain(callback.verifier().reveal());
    }
}
