package com.commerceconnectors.core.http;

import com.commerceconnectors.connection.Agent;
import com.commerceconnectors.connection.Secret;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.core.error.FailureReason;
import com.commerceconnectors.core.testing.Certificates;
import com.commerceconnectors.core.testing.Connections;
import com.commerceconnectors.core.testing.RecordedRequest;
import com.commerceconnectors.core.testing.Reply;
import com.commerceconnectors.core.testing.Socks5Agent;
import com.commerceconnectors.core.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A {@code socks5://} agent, over real sockets: a SOCKS5 server on loopback relays every tunnel to a loopback HTTP(S)
 * server, and records what the client asked it for. The platform hosts named here exist nowhere: only a client that
 * leaves name resolution to the agent can reach them.
 */
class Socks5AgentTest {

    private static final String PLATFORM = "shop.internal";

    private TestServer server = TestServer.http();
    private Socks5Agent agent;

    @AfterEach
    void stop() throws Exception {
        server.close();
        if (agent != null) {
            agent.close();
        }
    }

    private ConnectorClient client(URI baseUri, Agent agentConfig) {
        return ConnectorClient.builder().connection(Connections.onPremise(baseUri, Connections.bearer("api-token"), agentConfig))
                .retryPolicy(RetryPolicy.NONE).build();
    }

    private Agent agentAt(String username, String password) {
        return new Agent(URI.create("socks5://127.0.0.1:" + agent.port()), username,
                password == null ? null : Secret.of(password));
    }

    @Test
    void sendsThePlatformHostNameUnresolvedToTheAgent() throws Exception {
        server.route("/rest/V1/products", r -> Reply.json(200, "{\"via\":\"socks\"}"));
        agent = Socks5Agent.open(server.port());
        try (ConnectorClient client = client(URI.create("http://" + PLATFORM + ":8080/rest"), agentAt(null, null))) {
            ApiResponse response = client.send(ApiRequest.get(URI.create("http://" + PLATFORM + ":8080/rest/V1/products")));
            assertThat(response.bodyAsString()).isEqualTo("{\"via\":\"socks\"}");
        }
        Socks5Agent.Connect connect = agent.connects().get(0);
        assertThat(connect.addressType()).as("ATYP: 3 is a domain name").isEqualTo(3);
        assertThat(connect.host()).isEqualTo(PLATFORM);
        assertThat(connect.port()).isEqualTo(8080);
        assertThat(connect.offeredMethods()).containsExactly(0);
        RecordedRequest seen = server.requests().get(0);
        assertThat(seen.header("Host")).isEqualTo(PLATFORM + ":8080");
        assertThat(seen.header("Authorization")).isEqualTo("Bearer api-token");
        assertThat(seen.header("Proxy-Authorization")).isNull();
    }

    @Test
    void reusesTheTunnelForTheNextRequest() throws Exception {
        server.route("/rest/V1/x", r -> Reply.json(200, "{}"));
        agent = Socks5Agent.open(server.port());
        try (ConnectorClient client = client(URI.create("http://" + PLATFORM + "/rest"), agentAt(null, null))) {
            for (int i = 0; i < 3; i++) {
                client.send(ApiRequest.get(URI.create("http://" + PLATFORM + "/rest/V1/x")));
            }
        }
        assertThat(agent.connects()).hasSize(1);
        assertThat(agent.connects().get(0).port()).as("the scheme's default port").isEqualTo(80);
        assertThat(server.requests()).extracting(RecordedRequest::connectionId).containsOnly(server.requests().get(0).connectionId());
    }

    @Test
    void authenticatesToTheAgentWithUsernameAndPassword() throws Exception {
        server.route("/rest/V1/x", r -> Reply.json(200, "{}"));
        agent = Socks5Agent.withCredentials(server.port(), "tunnel", "agent-pw");
        try (ConnectorClient client = client(URI.create("http://" + PLATFORM + "/rest"), agentAt("tunnel", "agent-pw"))) {
            assertThat(client.send(ApiRequest.get(URI.create("http://" + PLATFORM + "/rest/V1/x"))).status()).isEqualTo(200);
        }
        Socks5Agent.Connect connect = agent.connects().get(0);
        assertThat(connect.offeredMethods()).containsExactly(0, 2);
        assertThat(connect.username()).isEqualTo("tunnel");
        assertThat(connect.password()).isEqualTo("agent-pw");
        assertThat(connect.host()).isEqualTo(PLATFORM);
        assertThat(server.requests().get(0).header("Authorization")).isEqualTo("Bearer api-token");
    }

    @Test
    void wrongAgentCredentialsAreAProxyErrorThatNamesNoSecret() throws Exception {
        agent = Socks5Agent.withCredentials(server.port(), "tunnel", "agent-pw");
        try (ConnectorClient client = client(URI.create("http://" + PLATFORM + "/rest"), agentAt("tunnel", "wrong-pw"))) {
            assertThatThrownBy(() -> client.send(ApiRequest.get(URI.create("http://" + PLATFORM + "/rest/V1/x"))))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.category()).isEqualTo(ErrorCategory.NETWORK);
                        assertThat(e.reason()).isEqualTo(FailureReason.PROXY);
                        assertThat(e.retryable()).isFalse();
                        assertThat(e.getMessage()).contains("refused agent.username and agent.password")
                                .contains("127.0.0.1:" + agent.port())
                                .doesNotContain("wrong-pw").doesNotContain("agent-pw");
                    });
        }
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void anAgentThatWantsCredentialsSaysSo() throws Exception {
        agent = Socks5Agent.withCredentials(server.port(), "tunnel", "agent-pw");
        try (ConnectorClient client = client(URI.create("http://" + PLATFORM + "/rest"), agentAt(null, null))) {
            assertThatThrownBy(() -> client.send(ApiRequest.get(URI.create("http://" + PLATFORM + "/rest/V1/x"))))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.reason()).isEqualTo(FailureReason.PROXY);
                        assertThat(e.getMessage()).contains("accepts none of the authentication methods")
                                .contains("agent.username and agent.password");
                    });
        }
    }

    @Test
    void aTargetTheAgentCannotReachIsARetryableProxyError() throws Exception {
        agent = Socks5Agent.open(server.port()).replyWith(4);
        try (ConnectorClient client = client(URI.create("http://" + PLATFORM + "/rest"), agentAt(null, null))) {
            assertThatThrownBy(() -> client.send(ApiRequest.post(URI.create("http://" + PLATFORM + "/rest/V1/orders"))
                    .withJsonBody("{}")))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.reason()).isEqualTo(FailureReason.PROXY);
                        assertThat(e.getMessage()).contains("could not connect to " + PLATFORM + ":80")
                                .contains("host is unreachable from the agent");
                        assertThat(e.retryable()).as("the platform never saw it, so even a POST may be retried").isTrue();
                    });
        }
        assertThat(agent.connects()).extracting(Socks5Agent.Connect::host).containsExactly(PLATFORM);
    }

    @Test
    void aRuleThatForbidsTheTargetIsNotRetried() throws Exception {
        agent = Socks5Agent.open(server.port()).replyWith(2);
        try (ConnectorClient client = client(URI.create("http://" + PLATFORM + "/rest"), agentAt(null, null))) {
            assertThatThrownBy(() -> client.send(ApiRequest.get(URI.create("http://" + PLATFORM + "/rest/V1/x"))))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.getMessage()).contains("its rules do not allow it");
                        assertThat(e.retryable()).isFalse();
                    });
        }
    }

    @Test
    void anHttpProxyPortIsNotMistakenForSocks5() throws Exception {
        // what an HTTP proxy answers to the SOCKS5 greeting: its first byte is 'H', not version 5
        try (ServerSocket httpProxy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread answer = new Thread(() -> {
                try (Socket s = httpProxy.accept()) {
                    s.getOutputStream().write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    s.getInputStream().read();
                } catch (IOException ignored) {
                    // the client hung up
                }
            });
            answer.start();
            try (ConnectorClient client = client(URI.create("http://" + PLATFORM + "/rest"),
                    new Agent(URI.create("socks5://127.0.0.1:" + httpProxy.getLocalPort()), null, null))) {
                assertThatThrownBy(() -> client.send(ApiRequest.get(URI.create("http://" + PLATFORM + "/rest/V1/x"))))
                        .isInstanceOfSatisfying(ApiException.class, e -> {
                            assertThat(e.reason()).isEqualTo(FailureReason.PROXY);
                            assertThat(e.getMessage()).contains("does not speak SOCKS5 (it answered with version 72)");
                        });
            }
            answer.join();
        }
    }

    @Test
    void tlsThroughTheTunnelVerifiesThePlatformsCertificateAndName() throws Exception {
        Certificates.Identity identity = Certificates.selfSigned(new String[] {PLATFORM}, new String[0]);
        server.close();
        server = TestServer.https(identity.serverContext()).route("/rest/V1/x", r -> Reply.json(200, "{\"tls\":true}"));
        agent = Socks5Agent.open(server.port());
        URI baseUri = URI.create("https://" + PLATFORM + ":8443/rest");
        URI target = URI.create("https://" + PLATFORM + ":8443/rest/V1/x");

        try (ConnectorClient untrusting = client(baseUri, agentAt(null, null))) {
            assertThatThrownBy(() -> untrusting.send(ApiRequest.get(target)))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.category()).isEqualTo(ErrorCategory.TLS));
        }

        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(identity.trustStore());
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, trust.getTrustManagers(), null);
        try (ConnectorClient trusting = ConnectorClient.builder()
                .connection(Connections.onPremise(baseUri, Connections.bearer("api-token"), agentAt(null, null)))
                .sslContext(ssl).retryPolicy(RetryPolicy.NONE).build()) {
            assertThat(trusting.send(ApiRequest.get(target)).bodyAsString()).isEqualTo("{\"tls\":true}");
        }
        assertThat(agent.connects()).extracting(Socks5Agent.Connect::host).containsOnly(PLATFORM);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void aSocks5AgentDefaultsToPort1080() {
        ProxySettings settings = ProxySettings.fromAgent(new Agent(URI.create("socks5://agent.internal"), "u", Secret.of("p")));
        assertThat(settings.isSocks5()).isTrue();
        assertThat(settings.port()).isEqualTo(1080);
        assertThat(settings.toString()).doesNotContain("p]").contains("password=");
    }

    @Test
    void otherProxySchemesAreAConfigurationError() {
        assertThatThrownBy(() -> ProxySettings.fromAgent(new Agent(URI.create("socks4://agent.internal:1080"), null, null)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.category()).isEqualTo(ErrorCategory.CONFIGURATION);
                    assertThat(e.getMessage()).contains("unsupported scheme").contains("socks5://");
                });
        assertThat(List.of(ProxySettings.fromAgent(new Agent(URI.create("http://proxy:3128"), null, null)).isSocks5())).containsExactly(false);
    }
}
