package com.commerceconnectors.core.check;

import com.commerceconnectors.connection.Agent;
import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.RequestAuth;
import com.commerceconnectors.connection.Secret;
import com.commerceconnectors.core.http.ApiRequest;
import com.commerceconnectors.core.http.ConnectorClient;
import com.commerceconnectors.core.testing.Certificates;
import com.commerceconnectors.core.testing.Connections;
import com.commerceconnectors.core.testing.MutableClock;
import com.commerceconnectors.core.testing.RecordingSleeper;
import com.commerceconnectors.core.testing.Reply;
import com.commerceconnectors.core.testing.TestServer;
import com.commerceconnectors.core.testing.TokenApi;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectionTesterTest {

    private static final String PROBE = "/rest/V1/store/storeConfigs";

    private final TestServer server = TestServer.http();
    // the JDK server stamps every answer with its own Date: start the test clock at the real time
    private final MutableClock clock = new MutableClock(java.time.Instant.now());
    private final ConnectionTester tester = new ConnectionTester("magento2", clock, TestRefiner.none(), ConnectionTester.DEFAULT_MAX_SKEW);
    private final List<ConnectorClient> clients = new ArrayList<>();

    @AfterEach
    void stop() {
        clients.forEach(ConnectorClient::close);
        server.close();
    }

    private ConnectorClient client(Connection connection) {
        ConnectorClient c = ConnectorClient.builder().connection(connection).platformName("Magento").clock(clock)
                .sleeper(new RecordingSleeper(clock)).build();
        clients.add(c);
        return c;
    }

    private TestResult test(Connection connection, URI probe) {
        return tester.test(() -> client(connection), connection.auth().type(), ApiRequest.get(probe));
    }

    private TestResult testBearer(URI base) {
        return test(Connections.cloud(base, Connections.bearer("t0ken")), base.resolve(base.getPath() + "/V1/store/storeConfigs"));
    }

    @Test
    void reportsOkWithStatusAndLatency() throws Exception {
        server.route(PROBE, r -> Reply.json(200, "[{\"id\":1}]"));
        TestResult result = testBearer(server.uri("/rest"));
        assertThat(result.ok()).isTrue();
        assertThat(result.category()).isEqualTo(TestCategory.OK);
        assertThat(result.httpStatus()).isEqualTo(200);
        assertThat(result.authType()).isEqualTo("bearer");
        assertThat(result.latencyMs()).isNotNegative();
        assertThat(result.hint()).isNull();
        JsonNode json = new ObjectMapper().readTree(result.toJson());
        assertThat(json.fieldNames()).toIterable().containsExactly("ok", "connector", "authType", "httpStatus", "latencyMs",
                "category", "message", "hint", "details");
        assertThat(json.get("connector").asText()).isEqualTo("magento2");
    }

    @Test
    void anUnknownHostIsNetwork() {
        TestResult result = testBearer(URI.create("http://no-such-shop.invalid/rest"));
        assertThat(result.category()).isEqualTo(TestCategory.NETWORK);
        assertThat(result.httpStatus()).isZero();
        assertThat(result.message()).isEqualTo("The host name no-such-shop.invalid does not resolve (DNS)");
        assertThat(result.hint()).contains("Check the host in baseUri");
        assertThat(result.details()).containsEntry("reason", "UNKNOWN_HOST");
        assertThat(result.toJson()).contains("\"httpStatus\":null");
    }

    @Test
    void aRefusedPortIsNetwork() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        TestResult result = testBearer(URI.create("http://127.0.0.1:" + port + "/rest"));
        assertThat(result.category()).isEqualTo(TestCategory.NETWORK);
        assertThat(result.message()).isEqualTo("Nothing listens on 127.0.0.1:" + port + " (connection refused)");
    }

    @Test
    void aSelfSignedCertificateIsTls() {
        var identity = Certificates.selfSigned(new String[]{"localhost"}, new String[]{"127.0.0.1"});
        try (TestServer https = TestServer.https(identity.serverContext())) {
            TestResult result = testBearer(https.uri("/rest"));
            assertThat(result.category()).isEqualTo(TestCategory.TLS);
            assertThat(result.hint()).contains("trust store");
        }
    }

    @Test
    void aWrongPasswordIsAuthenticationAfterOneSignIn() {
        new TokenApi("admin", "right").mount(server);
        Connection connection = Connections.cloud(server.uri("/rest"),
                Connections.requestAuth("admin", "wrong", server.uri(TokenApi.TOKEN_PATH), ""));
        TestResult result = test(connection, server.uri(TokenApi.API_PATH));
        assertThat(result.category()).isEqualTo(TestCategory.AUTHENTICATION);
        assertThat(result.httpStatus()).isEqualTo(401);
        assertThat(result.message()).startsWith("Magento refused the sign-in at its token endpoint (401 Unauthorized)");
        assertThat(result.hint()).contains("Do not retry in a loop");
        assertThat(server.count(TokenApi.TOKEN_PATH)).isEqualTo(1);
    }

    @Test
    void aRateLimitIsRateLimitedWithoutWaiting() {
        server.route(PROBE, r -> Reply.json(429, "{\"message\":\"slow down\"}").withHeader("Retry-After", "30"));
        TestResult result = testBearer(server.uri("/rest"));
        assertThat(result.category()).isEqualTo(TestCategory.RATE_LIMITED);
        assertThat(result.details()).containsEntry("retryAfterSeconds", 30L);
        assertThat(server.count(PROBE)).isEqualTo(1);
    }

    @Test
    void aServerErrorIsServer() {
        server.route(PROBE, r -> Reply.json(503, "{\"message\":\"maintenance\"}"));
        TestResult result = testBearer(server.uri("/rest"));
        assertThat(result.category()).isEqualTo(TestCategory.SERVER);
        assertThat(result.httpStatus()).isEqualTo(503);
        assertThat(result.details()).containsEntry("platformMessage", "maintenance");
    }

    @Test
    void anHtmlPageMeansTheBaseUriIsWrong() {
        server.route(PROBE, r -> Reply.text(404, "text/html", "<html><title>Page not found</title></html>"));
        TestResult result = testBearer(server.uri("/rest"));
        assertThat(result.category()).isEqualTo(TestCategory.CONFIGURATION);
        assertThat(result.message()).contains("HTML page (title: \"Page not found\")");
    }

    @Test
    void aRefusedSignatureWithADistantServerClockIsClockSkew() {
        server.route(PROBE, r -> Reply.json(401, "{\"message\":\"The signature is invalid. Verify and try again.\"}"));
        clock.advance(Duration.ofMinutes(12).plusSeconds(20));
        TestResult result = testBearer(server.uri("/rest"));
        assertThat(result.category()).isEqualTo(TestCategory.CLOCK_SKEW);
        assertThat(result.message()).contains("This machine's clock is 12 min ahead of the server's.");
        assertThat(result.hint()).contains("NTP");
        assertThat((Long) result.details().get("skewSeconds")).isBetween(735L, 745L);
    }

    @Test
    void aCloseServerClockLeavesAuthenticationAlone() {
        server.route(PROBE, r -> Reply.json(401, "{\"message\":\"nope\"}"));
        clock.advance(Duration.ofSeconds(90));
        assertThat(testBearer(server.uri("/rest")).category()).isEqualTo(TestCategory.AUTHENTICATION);
    }

    @Test
    void aClientThatCannotBeBuiltIsConfiguration() {
        Connection socks = Connections.onPremise(server.uri("/rest"), Connections.bearer("t"),
                new Agent(URI.create("socks4://agent:1080"), "u", Secret.of("agent-pw")));
        TestResult result = test(socks, server.uri(PROBE));
        assertThat(result.category()).isEqualTo(TestCategory.CONFIGURATION);
        assertThat(result.message()).contains("has an unsupported scheme");
        assertThat(result.toJson()).doesNotContain("agent-pw");
    }

    @Test
    void letsTheConnectorRefineTheResult() {
        new TokenApi("admin", "right").mount(server);
        TestRefiner magento = (result, response, failure) -> result.category() == TestCategory.AUTHENTICATION
                ? result.withHint("Magento locks an admin after 6 failed sign-ins for 30 minutes: fix the password before retrying")
                : result.withDetail("storeCount", response.map(r -> 1).orElse(0));
        ConnectionTester refined = new ConnectionTester("magento2", clock, magento, ConnectionTester.DEFAULT_MAX_SKEW);
        RequestAuth wrong = Connections.requestAuth("admin", "wrong", server.uri(TokenApi.TOKEN_PATH), "");
        Connection connection = Connections.cloud(server.uri("/rest"), wrong);
        TestResult result = refined.test(client(connection), ApiRequest.get(server.uri(TokenApi.API_PATH)));
        assertThat(result.hint()).startsWith("Magento locks an admin after 6 failed sign-ins");
        assertThat(result.toJson()).doesNotContain("wrong\"").doesNotContain(":\"wrong");
        assertThat(Optional.ofNullable(result.details().get("storeCount"))).isEmpty();
    }
}
