package com.commerceconnectors.core;

import com.commerceconnectors.connection.Agent;
import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.RequestAuth;
import com.commerceconnectors.connection.Secret;
import com.commerceconnectors.core.auth.TokenAuthPolicy;
import com.commerceconnectors.core.camel.ConnectionReadinessCheck;
import com.commerceconnectors.core.check.ConnectionTester;
import com.commerceconnectors.core.check.TestResult;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.http.ApiRequest;
import com.commerceconnectors.core.http.ClientRegistry;
import com.commerceconnectors.core.http.ConnectorClient;
import com.commerceconnectors.core.http.TransportSettings;
import com.commerceconnectors.core.testing.Connections;
import com.commerceconnectors.core.testing.LogCapture;
import com.commerceconnectors.core.testing.MutableClock;
import com.commerceconnectors.core.testing.RecordingSleeper;
import com.commerceconnectors.core.testing.Reply;
import com.commerceconnectors.core.testing.TestServer;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every logger at TRACE, HttpClient's wire and header loggers included; every scenario that touches a credential;
 * then no secret, in any encoding, may appear in a log line, an exception (message, causes, stack trace) or a
 * toString().
 */
class SecretLeakTest {

    private static final String BEARER = "bearer-SECRET-a1b2c3";
    private static final String PASSWORD = "pw-SECRET-\"d4e5f6";
    private static final String TOKEN = "tok-SECRET-g7h8i9";
    private static final String PROXY_PASSWORD = "proxy-SECRET-j0k1l2";
    private static final String QUERY_SECRET = "query-SECRET-m3n4o5";

    private final TestServer server = TestServer.http();
    private final TestServer elsewhere = TestServer.http();
    private final MutableClock clock = new MutableClock(java.time.Instant.now());
    private final List<String> outputs = new ArrayList<>();
    private LogCapture capture;

    @BeforeEach
    void start() {
        capture = LogCapture.everythingAtTrace();
        assertThat(LoggerFactory.getLogger("org.apache.hc.client5.http.wire").isTraceEnabled()).isTrue();
        assertThat(LoggerFactory.getLogger("org.apache.hc.client5.http.headers").isDebugEnabled()).isTrue();
    }

    @AfterEach
    void stop() {
        capture.close();
        server.close();
        elsewhere.close();
    }

    private ConnectorClient client(Connection connection) {
        return ConnectorClient.builder().connection(connection).platformName("Shop").clock(clock)
                .sleeper(new RecordingSleeper(clock)).build();
    }

    private void record(Object o) {
        outputs.add(String.valueOf(o));
    }

    private void record(Throwable t) {
        StringWriter trace = new StringWriter();
        t.printStackTrace(new PrintWriter(trace));
        outputs.add(t.getMessage());
        outputs.add(t.toString());
        outputs.add(trace.toString());
    }

    private void expectFailure(Runnable call) {
        try {
            call.run();
        } catch (ApiException e) {
            record(e);
            return;
        }
        throw new AssertionError("expected a failure");
    }

    @Test
    void noSecretAppearsAnywhere() {
        String[] tokens = {TOKEN + "-1", TOKEN + "-2"};
        int[] issued = {0};
        server.route("/rest/V1/integration/admin/token", r -> r.bodyAsString().contains("d4e5f6")
                ? Reply.json(200, "\"" + tokens[Math.min(issued[0]++, 1)] + "\"")
                // an endpoint that echoes what it was sent, password included
                : Reply.json(401, "{\"message\":\"Invalid login: " + r.bodyAsString().replace("\"", "\\\"") + "\"}"));
        server.route("/rest/V1/products", r -> ("Bearer " + tokens[1]).equals(r.header("Authorization"))
                || ("Bearer " + BEARER).equals(r.header("Authorization"))
                ? Reply.json(200, "{\"items\":[]}").withHeader("Set-Cookie", "PHPSESSID=" + TOKEN)
                : Reply.json(401, "{\"message\":\"The consumer isn't authorized to access %resources.\","
                + "\"parameters\":{\"resources\":\"Magento_Catalog::products\"}}"));
        server.route("/rest/V1/export", r -> Reply.empty(302).withHeader("Location", elsewhere.uri("/file").toString()));
        elsewhere.route("/file", r -> Reply.json(200, "[]"));
        server.route("/rest/V1/broken", r -> Reply.json(500, "{\"message\":\"boom\"}"));

        // bearer, with a cross-origin redirect and a failing call whose URI carries a credential-like query value
        Connection bearer = Connections.cloud(server.uri("/rest"), Connections.bearer(BEARER));
        try (ConnectorClient client = client(bearer)) {
            record(client.send(ApiRequest.get(server.uri("/rest/V1/products"))));
            record(client.send(ApiRequest.get(server.uri("/rest/V1/export"))));
            record(client.authPolicy().authorize(ApiRequest.get(server.uri("/rest/V1/products"))));
            expectFailure(() -> client.send(ApiRequest.get(server.uri("/rest/V1/broken?access_token=" + QUERY_SECRET))));
            record(client);
            record(bearer);
        }

        // request authentication: sign-in, a revoked token refreshed and replayed, then a refused sign-in
        RequestAuth requestAuth = new RequestAuth("admin", Secret.of(PASSWORD), "admin",
                URI.create("V1/integration/admin/token"), null, null, "", null, null, Duration.ofHours(1));
        Connection signedIn = Connections.cloud(server.uri("/rest"), requestAuth);
        try (ConnectorClient client = client(signedIn)) {
            record(client.send(ApiRequest.get(server.uri("/rest/V1/products"))));
            TokenAuthPolicy policy = (TokenAuthPolicy) client.authPolicy();
            record(policy);
            record(policy.tokenCache());
            record(policy.tokenCache().current().orElseThrow());
            record(signedIn);
            record(requestAuth);
        }
        RequestAuth wrong = new RequestAuth("admin", Secret.of(PASSWORD.replace("d4e5f6", "zzz")), "admin",
                URI.create("V1/integration/admin/token"), null, null, "", null, null, null);
        try (ConnectorClient client = client(Connections.cloud(server.uri("/rest"), wrong))) {
            expectFailure(() -> client.send(ApiRequest.get(server.uri("/rest/V1/products"))));
        }

        // the agent as a proxy with Basic credentials
        TestServer agent = TestServer.http();
        String basic = "Basic " + Base64.getEncoder().encodeToString(("agent:" + PROXY_PASSWORD).getBytes(StandardCharsets.UTF_8));
        agent.route("/rest/V1/products", r -> basic.equals(r.header("Proxy-Authorization"))
                ? Reply.json(200, "{}") : Reply.json(407, "{}").withHeader("Proxy-Authenticate", "Basic realm=\"agent\""));
        Connection onPremise = Connections.onPremise(URI.create("http://shop.internal/rest"), Connections.bearer(BEARER),
                new Agent(URI.create("http://127.0.0.1:" + agent.port()), "agent", Secret.of(PROXY_PASSWORD)));
        try (agent; ConnectorClient client = client(onPremise)) {
            record(client.send(ApiRequest.get(URI.create("http://shop.internal/rest/V1/products"))));
            record(onPremise);
            record(TransportSettings.forConnection(onPremise));
        }

        // the connection test and the readiness check, failing and succeeding
        ClientRegistry registry = new ClientRegistry();
        ConnectionTester tester = new ConnectionTester("magento2");
        Connection wrongConnection = Connections.cloud(server.uri("/rest"), wrong);
        TestResult failed = tester.test(registry.client(wrongConnection, this::client), ApiRequest.get(server.uri("/rest/V1/products")));
        record(failed);
        record(failed.toJson());
        ConnectionReadinessCheck check = new ConnectionReadinessCheck("shop", () -> signedIn,
                c -> tester.test(registry.client(c, this::client), ApiRequest.get(server.uri("/rest/V1/products"))));
        var health = check.call();
        record(health.getMessage().orElse(""));
        record(health.getDetails());
        record(registry);
        registry.close();

        List<String> secrets = forms(BEARER, PASSWORD, PASSWORD.replace("d4e5f6", "zzz"), TOKEN, PROXY_PASSWORD,
                "agent:" + PROXY_PASSWORD);
        List<LogCapture.Line> lines = capture.lines();
        assertThat(lines).as("HttpClient's own debug logging was on").anyMatch(l -> l.logger().startsWith("org.apache.hc.client5"));
        assertThat(lines).as("our request log was on").anyMatch(l -> l.logger().startsWith("com.commerceconnectors"));
        assertThat(lines).as("nothing reaches HttpClient's wire and header loggers")
                .noneMatch(l -> l.logger().equals("org.apache.hc.client5.http.wire") || l.logger().equals("org.apache.hc.client5.http.headers"));
        for (LogCapture.Line line : lines) {
            for (String secret : secrets) {
                assertThat(line.text()).as("log line of %s", line.logger()).doesNotContain(secret);
            }
            if (line.logger().startsWith("com.commerceconnectors")) {
                // HttpClient's exec chain logs request lines as given; our connectors never put credentials in a query
                assertThat(line.text()).as("log line of %s", line.logger()).doesNotContain(QUERY_SECRET);
            }
        }
        for (String output : outputs) {
            for (String secret : secrets) {
                assertThat(output).doesNotContain(secret);
            }
            assertThat(output).doesNotContain(QUERY_SECRET);
        }
        assertThat(String.join("\n", outputs)).contains("******");
    }

    /** The secret as it may appear: raw, JSON-escaped, URL-encoded, Base64. */
    private static List<String> forms(String... secrets) {
        List<String> forms = new ArrayList<>();
        for (String s : secrets) {
            forms.add(s);
            forms.add(new String(JsonStringEncoder.getInstance().quoteAsString(s)));
            forms.add(URLEncoder.encode(s, StandardCharsets.UTF_8));
            forms.add(Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8)));
            // the distinctive middle, in case a secret is cut or wrapped
            forms.add(s.substring(s.indexOf("SECRET")));
        }
        return forms;
    }
}
