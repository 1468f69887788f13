package com.commerceconnectors.core.http;

import com.commerceconnectors.connection.Agent;
import com.commerceconnectors.connection.Secret;
import com.commerceconnectors.connection.Timeouts;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.core.error.FailureReason;
import com.commerceconnectors.core.testing.Connections;
import com.commerceconnectors.core.testing.RecordedRequest;
import com.commerceconnectors.core.testing.Reply;
import com.commerceconnectors.core.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApacheHttpTransportTest {

    private final TestServer server = TestServer.http();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        server.close();
    }

    private ApacheHttpTransport transport(TransportSettings settings) {
        return ApacheHttpTransport.create(settings);
    }

    @Test
    void sendsTheEncodedQueryAsItIsAndReadsHeadersCaseInsensitively() throws Exception {
        server.route("/rest/V1/products", r -> Reply.json(200, "{\"ok\":true}").withHeader("X-Request-Id", "r-1"));
        try (ApacheHttpTransport t = transport(TransportSettings.defaults())) {
            URI uri = server.uri("/rest/V1/products?searchCriteria%5BpageSize%5D=10&sku=a%2Fb%20c");
            ApiResponse response = t.execute(ApiRequest.get(uri).withHeader("Accept", "application/json"));
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.header("x-request-id")).contains("r-1");
            assertThat(response.bodyAsString()).isEqualTo("{\"ok\":true}");
            RecordedRequest seen = server.requests().get(0);
            assertThat(seen.uri().getRawQuery()).isEqualTo("searchCriteria%5BpageSize%5D=10&sku=a%2Fb%20c");
            assertThat(seen.header("Accept")).isEqualTo("application/json");
        }
    }

    @Test
    void postsTheBodyWithItsContentType() throws Exception {
        server.route("/rest/V1/products", r -> Reply.json(201, "{}"));
        try (ApacheHttpTransport t = transport(TransportSettings.defaults())) {
            t.execute(ApiRequest.post(server.uri("/rest/V1/products")).withJsonBody("{\"product\":{\"sku\":\"ü\"}}"));
            RecordedRequest seen = server.requests().get(0);
            assertThat(seen.method()).isEqualTo("POST");
            assertThat(seen.header("Content-Type")).startsWith("application/json");
            assertThat(seen.bodyAsString()).isEqualTo("{\"product\":{\"sku\":\"ü\"}}");
        }
    }

    @Test
    void keepsConnectionsAliveAndSendsNoCookiesBack() throws Exception {
        server.route("/a", r -> Reply.json(200, "{}").withHeader("Set-Cookie", "PHPSESSID=s3ss10n; Path=/"));
        try (ApacheHttpTransport t = transport(TransportSettings.defaults())) {
            t.execute(ApiRequest.get(server.uri("/a")));
            t.execute(ApiRequest.get(server.uri("/a")));
            var seen = server.requests("/a");
            assertThat(seen.get(1).connectionId()).isEqualTo(seen.get(0).connectionId());
            assertThat(seen.get(1).header("Cookie")).isNull();
        }
    }

    @Test
    void refusesBodiesOverTheLimitWithAClearErrorAndRecovers() throws Exception {
        byte[] big = new byte[4096];
        java.util.Arrays.fill(big, (byte) 'x');
        server.route("/big", r -> new Reply(200, java.util.Map.of("Content-Type", "text/plain"), big, false));
        server.route("/chunked", r -> new Reply(200, java.util.Map.of("Content-Type", "text/plain",
                "Transfer-Encoding", "chunked"), big, false));
        server.route("/small", r -> Reply.json(200, "{}"));
        TransportSettings settings = TransportSettings.defaults().withMaxResponseBytes(1024);
        try (ConnectorClient client = ConnectorClient.builder().transportSettings(settings).platformName("Shop").build()) {
            for (String path : new String[]{"/big", "/chunked"}) {
                assertThatThrownBy(() -> client.send(ApiRequest.get(server.uri(path))))
                        .isInstanceOfSatisfying(ApiException.class, e -> {
                            assertThat(e.category()).isEqualTo(ErrorCategory.PROTOCOL);
                            assertThat(e.reason()).isEqualTo(FailureReason.BODY_TOO_LARGE);
                            assertThat(e.retryable()).isFalse();
                            assertThat(e.getMessage()).startsWith("Shop's answer was larger than the limit of 1024 bytes.");
                        });
            }
            assertThat(client.send(ApiRequest.get(server.uri("/small"))).status()).isEqualTo(200);
        }
    }

    @Test
    void reportsAReadTimeout() {
        server.route("/slow", r -> {
            release.await(10, TimeUnit.SECONDS);
            return Reply.json(200, "{}");
        });
        var connection = Connections.cloud(server.uri("/rest"), Connections.bearer("t"),
                new Timeouts(Duration.ofSeconds(2), Duration.ofMillis(200)));
        try (ConnectorClient client = ConnectorClient.builder().connection(connection).retryPolicy(RetryPolicy.NONE).build()) {
            assertThatThrownBy(() -> client.send(ApiRequest.get(server.uri("/slow"))))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.category()).isEqualTo(ErrorCategory.NETWORK);
                        assertThat(e.reason()).isEqualTo(FailureReason.READ_TIMEOUT);
                        assertThat(e.status()).isZero();
                        assertThat(e.getMessage()).contains("did not answer within the read timeout").contains("timeouts.readMs");
                    });
        }
    }

    @Test
    void reportsAHostNameThatDoesNotResolve() {
        try (ConnectorClient client = ConnectorClient.builder().retryPolicy(RetryPolicy.NONE).build()) {
            assertThatThrownBy(() -> client.send(ApiRequest.get(URI.create("http://no-such-host.invalid/rest/V1/x"))))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.category()).isEqualTo(ErrorCategory.NETWORK);
                        assertThat(e.reason()).isEqualTo(FailureReason.UNKNOWN_HOST);
                        assertThat(e.getMessage()).startsWith("The host name no-such-host.invalid does not resolve (DNS).");
                    });
        }
    }

    @Test
    void reportsAPortNobodyListensOn() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (ConnectorClient client = ConnectorClient.builder().build()) {
            URI uri = URI.create("http://127.0.0.1:" + port + "/rest/V1/x");
            assertThatThrownBy(() -> client.send(ApiRequest.get(uri)))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.category()).isEqualTo(ErrorCategory.NETWORK);
                        assertThat(e.reason()).isEqualTo(FailureReason.CONNECTION_REFUSED);
                        assertThat(e.retryable()).isFalse();
                        assertThat(e.getMessage()).contains("Nothing listens on 127.0.0.1:" + port + " (connection refused)");
                    });
        }
    }

    @Test
    void refusesAnAgentSchemeItCannotSpeakAtCreation() {
        var connection = Connections.onPremise(URI.create("https://shop.internal/rest"), Connections.bearer("t"),
                new Agent(URI.create("socks4://agent.local:1080"), null, null));
        assertThatThrownBy(() -> ConnectorClient.builder().connection(connection).build())
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.category()).isEqualTo(ErrorCategory.CONFIGURATION);
                    assertThat(e.getMessage()).contains("has an unsupported scheme");
                });
    }

    @Test
    void goesThroughTheAgentAsAnHttpProxyWithBasicCredentials() {
        String expected = "Basic " + Base64.getEncoder().encodeToString("agent-user:agent-pw".getBytes(StandardCharsets.UTF_8));
        server.route("/rest/V1/products", r -> expected.equals(r.header("Proxy-Authorization"))
                ? Reply.json(200, "{\"via\":\"agent\"}")
                : Reply.json(407, "{}").withHeader("Proxy-Authenticate", "Basic realm=\"agent\""));
        // the target host only resolves on the agent's side: nothing is looked up here
        var connection = Connections.onPremise(URI.create("http://shop.internal:8080/rest"), Connections.bearer("api-token"),
                new Agent(URI.create("http://127.0.0.1:" + server.port()), "agent-user", Secret.of("agent-pw")));
        try (ConnectorClient client = ConnectorClient.builder().connection(connection).build()) {
            ApiResponse response = client.send(ApiRequest.get(URI.create("http://shop.internal:8080/rest/V1/products")));
            assertThat(response.bodyAsString()).isEqualTo("{\"via\":\"agent\"}");
        }
        RecordedRequest last = server.requests().get(server.requests().size() - 1);
        assertThat(last.uri().toString()).isEqualTo("http://shop.internal:8080/rest/V1/products");
        assertThat(last.header("Authorization")).isEqualTo("Bearer api-token");
        assertThat(server.requests().get(0).header("Proxy-Authorization")).isNull();
    }
}
