package com.commerceconnectors.sandbox.magento;

import com.commerceconnectors.sandbox.ManualClock;
import com.commerceconnectors.sandbox.magento.MagentoHttp.Reply;
import com.commerceconnectors.sandbox.magento.integration.Integration;
import com.commerceconnectors.sandbox.magento.integration.IntegrationActivation;
import com.commerceconnectors.sandbox.magento.integration.IntegrationStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The integration activation handshake over HTTP: Magento posts the consumer credentials to the callback, the
 * client gets a request token, exchanges it (with the verifier) for the access token and signs API calls with it.
 */
class OAuthHandshakeTest extends SandboxFixture {

    private static final String FORM = "application/x-www-form-urlencoded";

    private final ManualClock clock = new ManualClock(Instant.parse("2024-05-01T10:00:00Z"));
    private final AtomicInteger nonces = new AtomicInteger();
    private CallbackReceiver callback;
    private String callbackVerifier;

    @Override
    protected Clock clock() {
        return clock;
    }

    @BeforeEach
    void start() throws Exception {
        callback = new CallbackReceiver();
        sandbox.magento().seedProducts(3);
    }

    @AfterEach
    void stop() {
        callback.close();
    }

    @Test
    void activationPostsTheCredentialsThenTheHandshakeYieldsAWorkingAccessToken() throws Exception {
        Integration erp = sandbox.magento().createIntegration("erp");
        assertThat(erp.status()).isEqualTo(IntegrationStatus.INACTIVE);

        IntegrationActivation activation = sandbox.magento().activateIntegration("erp", callback.uri());
        CallbackReceiver.Received posted = callback.next();

        assertThat(activation.callbackStatus()).isEqualTo(200);
        assertThat(posted.method()).isEqualTo("POST");
        assertThat(posted.contentType()).isEqualTo(FORM);
        assertThat(posted.form()).containsOnlyKeys("oauth_consumer_key", "oauth_consumer_secret", "store_base_url",
                "oauth_verifier");
        assertThat(posted.form().get("oauth_consumer_key")).isEqualTo(erp.consumerKey()).hasSize(32);
        assertThat(posted.form().get("oauth_consumer_secret")).isEqualTo(erp.consumerSecret()).hasSize(32);
        assertThat(posted.form().get("store_base_url")).isEqualTo(sandbox.baseUri() + "/");
        assertThat(posted.form().get("oauth_verifier")).hasSize(32);

        OAuthSigner consumer = OAuthSigner.of(erp.consumerKey(), erp.consumerSecret(), null, null);
        Reply requestReply = post(sandbox.magento().oauthTokenRequestUri(), consumer, call());
        assertThat(requestReply.status()).isEqualTo(200);
        assertThat(requestReply.contentType()).startsWith("text/html");
        Map<String, String> requestToken = CallbackReceiver.parse(requestReply.body());
        assertThat(requestToken).containsOnlyKeys("oauth_token", "oauth_token_secret");
        assertThat(requestToken.get("oauth_token")).hasSize(32);

        OAuthSigner withRequestToken = OAuthSigner.of(erp.consumerKey(), erp.consumerSecret(),
                requestToken.get("oauth_token"), requestToken.get("oauth_token_secret"));
        Reply accessReply = post(sandbox.magento().oauthTokenAccessUri(), withRequestToken,
                call().oauth("oauth_verifier", posted.form().get("oauth_verifier")));
        assertThat(accessReply.status()).isEqualTo(200);
        Map<String, String> accessToken = CallbackReceiver.parse(accessReply.body());
        assertThat(accessToken).containsOnlyKeys("oauth_token", "oauth_token_secret");
        assertThat(accessToken.get("oauth_token")).hasSize(32).isNotEqualTo(requestToken.get("oauth_token"));
        assertThat(sandbox.magento().integrations().byName("erp").orElseThrow().status())
                .isEqualTo(IntegrationStatus.ACTIVE);

        String products = http.rest() + "/V1/products/SBX-000001";
        Reply api = send("GET", products, OAuthSigner.of(erp.consumerKey(), erp.consumerSecret(),
                accessToken.get("oauth_token"), accessToken.get("oauth_token_secret")).header("GET", products, call()),
                null, null);
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.json().path("sku").asText()).isEqualTo("SBX-000001");

        Reply exchangeAgain = post(sandbox.magento().oauthTokenAccessUri(), withRequestToken,
                call().oauth("oauth_verifier", posted.form().get("oauth_verifier")));
        assertThat(exchangeAgain.status()).isEqualTo(401);
        assertThat(exchangeAgain.body()).isEqualTo("oauth_problem=Specified+token+does+not+exist");
        Reply requestAgain = post(sandbox.magento().oauthTokenRequestUri(), consumer, call());
        assertThat(requestAgain.body()).isEqualTo("oauth_problem=Cannot+create+request+token+because+consumer+token"
                + "+is+not+a+verifier+token");
    }

    @Test
    void theConsumerKeyExpires300SecondsAfterActivation() throws Exception {
        Integration erp = activateWithCallback("erp");
        OAuthSigner consumer = OAuthSigner.of(erp.consumerKey(), erp.consumerSecret(), null, null);

        clock.advance(Duration.ofSeconds(300));
        Reply expired = post(sandbox.magento().oauthTokenRequestUri(), consumer, call());

        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.body()).isEqualTo("oauth_problem=Consumer+key+has+expired");

        sandbox.magento().activateIntegration("erp", callback.uri());
        callback.next();
        clock.advance(Duration.ofSeconds(299));
        assertThat(post(sandbox.magento().oauthTokenRequestUri(), consumer, call()).status())
                .as("activating again restarts the period").isEqualTo(200);
    }

    @Test
    void theVerifierMustMatch() throws Exception {
        Integration erp = activateWithCallback("erp");
        String verifier = callbackVerifier;
        Map<String, String> requestToken = CallbackReceiver.parse(post(sandbox.magento().oauthTokenRequestUri(),
                OAuthSigner.of(erp.consumerKey(), erp.consumerSecret(), null, null), call()).body());
        OAuthSigner signer = OAuthSigner.of(erp.consumerKey(), erp.consumerSecret(), requestToken.get("oauth_token"),
                requestToken.get("oauth_token_secret"));

        Reply wrong = post(sandbox.magento().oauthTokenAccessUri(), signer,
                call().oauth("oauth_verifier", "v".repeat(32)));
        Reply shortVerifier = post(sandbox.magento().oauthTokenAccessUri(), signer,
                call().oauth("oauth_verifier", "v"));
        Reply missing = post(sandbox.magento().oauthTokenAccessUri(), signer, call());
        Reply right = post(sandbox.magento().oauthTokenAccessUri(), signer, call().oauth("oauth_verifier", verifier));

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.body()).isEqualTo("oauth_problem=Token+verifier+and+verifier+token+do+not+match");
        assertThat(shortVerifier.body()).isEqualTo("oauth_problem=Verifier+is+not+the+correct+length");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).isEqualTo("oauth_problem=%22oauth_verifier%22+is+required.+Enter+and+try+again.");
        assertThat(right.status()).isEqualTo(200);
    }

    @Test
    void tokenEndpointsRefuseAsMagentoDoes() throws Exception {
        Integration erp = activateWithCallback("erp");
        OAuthSigner consumer = OAuthSigner.of(erp.consumerKey(), erp.consumerSecret(), null, null);

        Reply sha1 = post(sandbox.magento().oauthTokenRequestUri(), consumer.method("HMAC-SHA1"), call());
        Reply badSecret = post(sandbox.magento().oauthTokenRequestUri(),
                OAuthSigner.of(erp.consumerKey(), "wrong-secret", null, null), call());
        Reply unknown = post(sandbox.magento().oauthTokenRequestUri(),
                OAuthSigner.of("u".repeat(32), erp.consumerSecret(), null, null), call());
        Reply noHeader = send("POST", sandbox.magento().oauthTokenRequestUri().toString(), null, FORM, "");
        Reply future = post(sandbox.magento().oauthTokenRequestUri(), consumer,
                OAuthSigner.call(clock.instant().getEpochSecond() + 601, "future"));
        Reply elsewhere = send("POST", sandbox.baseUri() + "/oauth/token/other", null, FORM, "");

        assertThat(sha1.status()).isEqualTo(400);
        assertThat(sha1.body()).isEqualTo("oauth_problem=Signature+method+HMAC-SHA1+is+not+supported");
        assertThat(badSecret.status()).isEqualTo(401);
        assertThat(badSecret.body()).isEqualTo("oauth_problem=The+signature+is+invalid.+Verify+and+try+again.");
        assertThat(unknown.body()).isEqualTo("oauth_problem=A+consumer+having+the+specified+key+does+not+exist");
        assertThat(noHeader.status()).isEqualTo(400);
        assertThat(noHeader.body()).isEqualTo("oauth_problem=%22oauth_consumer_key%22+is+required.+Enter+and+try+again"
                + "%2C+%22oauth_signature%22+is+required.+Enter+and+try+again%2C+%22oauth_signature_method%22+is+"
                + "required.+Enter+and+try+again%2C+%22oauth_nonce%22+is+required.+Enter+and+try+again%2C+"
                + "%22oauth_timestamp%22+is+required.+Enter+and+try+again");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.body()).isEqualTo("oauth_problem=Incorrect+timestamp+value+in+the+oauth_timestamp+parameter");
        assertThat(elsewhere.status()).isEqualTo(404);
        assertThat(post(sandbox.magento().oauthTokenRequestUri(), consumer, call()).status())
                .as("the refusals did not use up the verifier token").isEqualTo(200);
    }

    @Test
    void aFormBodyOnTheTokenRequestIsSignedAndIndexPhpWorks() throws Exception {
        Integration erp = activateWithCallback("erp");
        OAuthSigner consumer = OAuthSigner.of(erp.consumerKey(), erp.consumerSecret(), null, null);
        String url = sandbox.baseUri() + "/index.php/oauth/token/request";

        Reply unsigned = send("POST", url, consumer.header("POST", url, call()), FORM, "note=hello+world");
        Reply signed = send("POST", url, consumer.header("POST", url, call().body("note", "hello world")), FORM,
                "note=hello+world");

        assertThat(unsigned.body()).isEqualTo("oauth_problem=The+signature+is+invalid.+Verify+and+try+again.");
        assertThat(signed.status()).isEqualTo(200);
    }

    @Test
    void reauthorizingReplacesTheTokenSoTheOldOneStopsWorking() throws Exception {
        String products = http.rest() + "/V1/products/SBX-000001";
        assertThat(send("GET", products, OAuthSigner.defaultIntegration().header("GET", products, call()), null, null)
                .status()).isEqualTo(200);

        sandbox.magento().activateIntegration(MagentoSandbox.INTEGRATION_NAME, callback.uri());
        callback.next();

        Reply oauth = send("GET", products, OAuthSigner.defaultIntegration().header("GET", products, call()), null,
                null);
        assertThat(oauth.status()).isEqualTo(401);
        assertThat(oauth.message()).isEqualTo("Specified token does not exist");
        assertThat(http.get("/V1/products/SBX-000001", MagentoSandbox.INTEGRATION_TOKEN).status()).isEqualTo(401);
        assertThat(sandbox.magento().integrations().byName(MagentoSandbox.INTEGRATION_NAME).orElseThrow().status())
                .isEqualTo(IntegrationStatus.INACTIVE);
    }

    @Test
    void concurrentExchangesOfOneRequestTokenYieldExactlyOneAccessToken() throws Exception {
        Integration erp = activateWithCallback("erp");
        Map<String, String> requestToken = CallbackReceiver.parse(post(sandbox.magento().oauthTokenRequestUri(),
                OAuthSigner.of(erp.consumerKey(), erp.consumerSecret(), null, null), call()).body());
        OAuthSigner signer = OAuthSigner.of(erp.consumerKey(), erp.consumerSecret(), requestToken.get("oauth_token"),
                requestToken.get("oauth_token_secret"));
        int clients = 8;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Reply>> replies = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                OAuthSigner.Call call = call().oauth("oauth_verifier", callbackVerifier);
                replies.add(pool.submit(() -> {
                    go.await();
                    return post(sandbox.magento().oauthTokenAccessUri(), signer, call);
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Reply> reply : replies) {
                statuses.add(reply.get(30, TimeUnit.SECONDS).status());
            }

            assertThat(statuses).containsOnly(200, 401);
            assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anUnreachableCallbackIsReportedPlainlyWithoutCredentials() throws Exception {
        Integration erp = sandbox.magento().createIntegration("erp");
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        URI nowhere = URI.create("http://127.0.0.1:" + closedPort + "/callback");

        assertThatThrownBy(() -> sandbox.magento().activateIntegration("erp", nowhere))
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("Unable to post the integration's credentials to " + nowhere)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(erp.consumerSecret())
                        .doesNotContain(erp.consumerKey()));
        assertThatThrownBy(() -> sandbox.magento().activateIntegration("nobody", callback.uri()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("there is no integration named 'nobody'");
        assertThatThrownBy(() -> sandbox.magento().activateIntegration("erp", URI.create("ftp://host/x")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an integration's callback must be an absolute http(s) URL, not ftp://host/x");
        assertThat(erp.toString()).doesNotContain(erp.consumerSecret()).doesNotContain(erp.consumerKey());
    }

    private Integration activateWithCallback(String name) throws Exception {
        Integration integration = sandbox.magento().createIntegration(name);
        sandbox.magento().activateIntegration(name, callback.uri());
        callbackVerifier = callback.next().form().get("oauth_verifier");
        return integration;
    }

    private OAuthSigner.Call call() {
        return OAuthSigner.call(clock.instant().getEpochSecond(), "handshake" + nonces.incrementAndGet());
    }

    private Reply post(URI uri, OAuthSigner signer, OAuthSigner.Call call) {
        return send("POST", uri.toString(), signer.header("POST", uri.toString(), call), FORM, "");
    }

    private Reply send(String method, String url, String authorization, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return http.execute(request.build());
    }
}
