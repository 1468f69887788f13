package com.commerceconnectors.core.http;

import com.commerceconnectors.connection.Agent;
import com.commerceconnectors.core.camel.CamelTls;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.core.error.FailureReason;
import com.commerceconnectors.core.testing.Certificates;
import com.commerceconnectors.core.testing.Connections;
import com.commerceconnectors.core.testing.Reply;
import com.commerceconnectors.core.testing.TestServer;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.net.ssl.SSLContext;
import java.net.URI;
import java.security.KeyStore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TlsTest {

    private static Certificates.Identity identity;
    private static Certificates.Identity wrongName;
    private static TestServer server;
    private static TestServer misnamed;
    private static CamelContext camel;

    @BeforeAll
    static void start() {
        identity = Certificates.selfSigned(new String[]{"localhost"}, new String[]{"127.0.0.1"});
        wrongName = Certificates.selfSigned(new String[]{"shop.example.invalid"}, new String[0]);
        server = TestServer.https(identity.serverContext()).route("/rest/V1/store/storeConfigs", r -> Reply.json(200, "[]"));
        misnamed = TestServer.https(wrongName.serverContext()).route("/x", r -> Reply.json(200, "[]"));
        camel = new DefaultCamelContext();
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
        misnamed.close();
        camel.close();
    }

    private static SSLContextParameters trusting(KeyStore trustStore) {
        KeyStoreParameters store = new KeyStoreParameters();
        store.setKeyStore(trustStore);
        TrustManagersParameters trust = new TrustManagersParameters();
        trust.setKeyStore(store);
        SSLContextParameters parameters = new SSLContextParameters();
        parameters.setTrustManagers(trust);
        return parameters;
    }

    @Test
    void refusesASelfSignedCertificateByDefault() {
        try (ConnectorClient client = ConnectorClient.builder().retryPolicy(RetryPolicy.NONE).build()) {
            assertThatThrownBy(() -> client.send(ApiRequest.get(server.uri("/rest/V1/store/storeConfigs"))))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.category()).isEqualTo(ErrorCategory.TLS);
                        assertThat(e.reason()).isEqualTo(FailureReason.TLS_UNTRUSTED);
                        assertThat(e.retryable()).isFalse();
                        assertThat(e.getMessage()).startsWith("The TLS certificate of 127.0.0.1:" + server.port() + " is not trusted")
                                .contains("sslContextParameters");
                    });
        }
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void acceptsItWhenTrustedThroughSslContextParameters() {
        SSLContext context = CamelTls.sslContext(trusting(identity.trustStore()), camel);
        try (ConnectorClient client = ConnectorClient.builder().sslContext(context).build()) {
            assertThat(client.send(ApiRequest.get(server.uri("/rest/V1/store/storeConfigs"))).status()).isEqualTo(200);
        }
    }

    @Test
    void stillChecksTheHostNameOfATrustedCertificate() {
        SSLContext context = CamelTls.sslContext(trusting(wrongName.trustStore()), camel);
        try (ConnectorClient client = ConnectorClient.builder().sslContext(context).retryPolicy(RetryPolicy.NONE).build()) {
            assertThatThrownBy(() -> client.send(ApiRequest.get(misnamed.uri("/x"))))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.category()).isEqualTo(ErrorCategory.TLS);
                        assertThat(e.reason()).isEqualTo(FailureReason.TLS_HOSTNAME);
                        assertThat(e.getMessage()).contains("does not name host 127.0.0.1");
                    });
        }
    }

    @Test
    void talksTlsToAnHttpsAgent() {
        SSLContext context = CamelTls.sslContext(trusting(identity.trustStore()), camel);
        try (TestServer agent = TestServer.https(identity.serverContext())) {
            agent.route("/rest/V1/products", r -> Reply.json(200, "{\"via\":\"tls-agent\"}"));
            var connection = Connections.onPremise(URI.create("http://shop.internal/rest"), Connections.bearer("t"),
                    new Agent(URI.create("https://127.0.0.1:" + agent.port()), null, null));
            try (ConnectorClient client = ConnectorClient.builder().connection(connection).sslContext(context)
                    .retryPolicy(RetryPolicy.NONE).build()) {
                assertThat(client.send(ApiRequest.get(URI.create("http://shop.internal/rest/V1/products"))).bodyAsString())
                        .isEqualTo("{\"via\":\"tls-agent\"}");
            }
            assertThat(agent.requests().get(0).uri().toString()).isEqualTo("http://shop.internal/rest/V1/products");
        }
    }

    @Test
    void usesTheJvmDefaultTrustWithoutParameters() {
        assertThat(CamelTls.sslContext(null, camel)).isNull();
    }

    @Test
    void reportsUnusableParametersAsConfiguration() {
        KeyStoreParameters missing = new KeyStoreParameters();
        missing.setResource("file:does-not-exist.p12");
        missing.setPassword("x");
        TrustManagersParameters trust = new TrustManagersParameters();
        trust.setKeyStore(missing);
        SSLContextParameters parameters = new SSLContextParameters();
        parameters.setTrustManagers(trust);
        assertThatThrownBy(() -> CamelTls.sslContext(parameters, camel))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.category()).isEqualTo(ErrorCategory.CONFIGURATION);
                    assertThat(e.getMessage()).startsWith("sslContextParameters could not be turned into a TLS context");
                });
    }

    @Test
    void reportsPlainHttpOnATlsClientAsATlsProblem() throws Exception {
        // like nginx or Apache on a plain-HTTP port: a TLS hello gets an HTTP 400 back
        try (java.net.ServerSocket plain = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
             ConnectorClient client = ConnectorClient.builder().retryPolicy(RetryPolicy.NONE).build()) {
            Thread answer = new Thread(() -> {
                try (java.net.Socket s = plain.accept()) {
                    s.getInputStream().read(new byte[512]);
                    s.getOutputStream().write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    s.getOutputStream().flush();
                } catch (java.io.IOException ignored) {
                    // the client gave up first
                }
            });
            answer.setDaemon(true);
            answer.start();
            String https = "https://127.0.0.1:" + plain.getLocalPort() + "/x";
            assertThatThrownBy(() -> client.send(ApiRequest.get(java.net.URI.create(https))))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.category()).isEqualTo(ErrorCategory.TLS);
                        assertThat(e.reason()).isEqualTo(FailureReason.TLS_HANDSHAKE);
                        assertThat(e.getMessage()).contains("use http:// for a plain-HTTP port");
                    });
        }
    }
}
