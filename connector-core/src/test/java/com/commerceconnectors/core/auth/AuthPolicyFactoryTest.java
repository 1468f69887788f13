package com.commerceconnectors.core.auth;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.OAuth1Auth;
import com.commerceconnectors.connection.OAuth2Auth;
import com.commerceconnectors.connection.Secret;
import com.commerceconnectors.connection.SignatureMethod;
import com.commerceconnectors.connection.WsseAuth;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.core.http.ApiRequest;
import com.commerceconnectors.core.http.ApiResponse;
import com.commerceconnectors.core.http.ConnectorClient;
import com.commerceconnectors.core.testing.Connections;
import com.commerceconnectors.core.testing.Reply;
import com.commerceconnectors.core.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuthPolicyFactoryTest {

    private final TestServer server = TestServer.http();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void sendsABearerTokenAndDoesNotReplayA401() {
        server.route("/rest/V1/store/storeConfigs", r -> Reply.json(401, "{\"message\":\"The consumer isn't authorized to "
                + "access %resources.\",\"parameters\":{\"resources\":\"Magento_Backend::store\"}}"));
        Connection connection = Connections.cloud(server.uri("/rest"), Connections.bearer("integration-token"));
        try (ConnectorClient client = ConnectorClient.builder().connection(connection).platformName("Magento").build()) {
            assertThat(client.authPolicy()).isInstanceOf(BearerAuthPolicy.class);
            assertThatThrownBy(() -> client.send(ApiRequest.get(server.uri("/rest/V1/store/storeConfigs"))))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.category()).isEqualTo(ErrorCategory.AUTHENTICATION);
                        assertThat(e.getMessage()).startsWith("Magento answered 401 Unauthorized: The consumer isn't "
                                + "authorized to access Magento_Backend::store. The credentials were refused: check that the "
                                + "token or key is valid");
                    });
        }
        assertThat(server.requests()).hasSize(1);
        assertThat(server.requests().get(0).header("Authorization")).isEqualTo("Bearer integration-token");
    }

    @Test
    void usesTheConnectorsPresetForRequestAuth() {
        server.route("/rest/all/V1/integration/customer/token", r -> Reply.json(200, "\"customer-token\""));
        server.route("/rest/V1/customers/me", r -> Reply.json(200, "{\"id\":7}"));
        AuthPresets customerPreset = new AuthPresets() {
            @Override
            public RequestAuthDefaults requestAuth(Connection c) {
                return new RequestAuthDefaults("all/V1/integration/customer/token", null, null, "", null, null, Duration.ofHours(1));
            }
        };
        Connection connection = Connections.cloud(server.uri("/rest"), new com.commerceconnectors.connection.RequestAuth(
                "jane@example.com", Secret.of("pw"), "customer", null, null, null, null, null, null, null));
        AuthPolicyFactory factory = DefaultAuthPolicyFactory.builder().presets(customerPreset).build();
        try (ConnectorClient client = ConnectorClient.builder().connection(connection).authPolicyFactory(factory).build()) {
            assertThat(client.sendForJson(ApiRequest.get(server.uri("/rest/V1/customers/me"))).get("id").asInt()).isEqualTo(7);
        }
        assertThat(server.requests().get(1).header("Authorization")).isEqualTo("Bearer customer-token");
    }

    @Test
    void reportsAnAuthTypeNobodyImplementsYet() {
        Connection connection = Connections.cloud(URI.create("https://shop.example.com/rest"),
                new OAuth2Auth(OAuth2Auth.CLIENT_CREDENTIALS, "client", Secret.of("secret"), null, null, null, null, null,
                        null));
        assertThatThrownBy(() -> ConnectorClient.builder().connection(connection).build())
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.category()).isEqualTo(ErrorCategory.CONFIGURATION);
                    assertThat(e.getMessage()).isEqualTo("auth type 'oauth2' is not supported by the magento2 connector yet. "
                            + "Use one of: bearer, requestAuth, oauth1, wsse.");
                });
    }

    @Test
    void buildsCoresOauth1PolicyWithoutRegistration() {
        Connection connection = Connections.cloud(URI.create("https://shop.example.com/rest"),
                new OAuth1Auth(SignatureMethod.HMAC_SHA256, "ck", Secret.of("cs"), Secret.of("at"), Secret.of("ats"), null, null));
        try (ConnectorClient client = ConnectorClient.builder().connection(connection).build()) {
            assertThat(client.authPolicy().type()).isEqualTo("oauth1");
        }
    }

    @Test
    void letsAConnectorPlugInAPolicyForAnotherType() {
        server.route("/api/products", r -> Reply.json(200, "{}"));
        AuthPolicyFactory wsse = context -> new AuthPolicy() {
            @Override
            public ApiRequest authorize(ApiRequest request) {
                WsseAuth auth = (WsseAuth) context.connection().auth();
                return request.withSecretHeader("X-WSSE", "UsernameToken Username=\"" + auth.username() + "\"");
            }

            @Override
            public boolean onUnauthorized(ApiRequest sent, ApiResponse response) {
                return false;
            }

            @Override
            public String type() {
                return "wsse";
            }
        };
        Connection connection = Connections.cloud(server.uri(""), new WsseAuth("api-user", Secret.of("key")));
        DefaultAuthPolicyFactory factory = DefaultAuthPolicyFactory.builder().register("wsse", wsse).build();
        assertThat(factory.supportedTypes()).containsExactly("bearer", "requestAuth", "oauth1", "wsse");
        try (ConnectorClient client = ConnectorClient.builder().connection(connection).authPolicyFactory(factory).build()) {
            client.send(ApiRequest.get(server.uri("/api/products")));
        }
        assertThat(server.requests().get(0).header("X-WSSE")).isEqualTo("UsernameToken Username=\"api-user\"");
    }

    @Test
    void readsTheTokenBackFromTheHeaderItWrote() {
        HeaderTemplate t = new HeaderTemplate("Authorization", "Bearer {token}");
        assertThat(t.extract(t.render(Secret.of("abc")))).contains(Secret.of("abc"));
        assertThat(t.extract("Basic abc")).isEmpty();
        assertThat(t.extract("Bearer ")).isEmpty();
    }
}
