package com.commerceconnectors.commercelayer;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.core.check.TestCategory;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static com.commerceconnectors.sandbox.commercelayer.CommerceLayerSandbox.CUSTOMER_EMAIL;
import static com.commerceconnectors.sandbox.commercelayer.CommerceLayerSandbox.CUSTOMER_PASSWORD;
import static com.commerceconnectors.sandbox.commercelayer.CommerceLayerSandbox.INTEGRATION_CLIENT_ID;
import static com.commerceconnectors.sandbox.commercelayer.CommerceLayerSandbox.INTEGRATION_CLIENT_SECRET;
import static com.commerceconnectors.sandbox.commercelayer.CommerceLayerSandbox.SALES_CHANNEL_CLIENT_ID;
import static com.commerceconnectors.sandbox.commercelayer.CommerceLayerSandbox.SALES_CHANNEL_SCOPE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every OAuth2 grant Commerce Layer offers, over real HTTP against the sandbox's auth server and API: the token is
 * obtained, used, and what it says is reported by the connection test.
 */
class CommerceLayerGrantsTest extends SandboxCamelSupport {

    @BeforeEach
    void setUp() throws Exception {
        startSandbox();
        cl.seedSkus(5);
        startCamel();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> test(Connection connection) {
        context.getRegistry().bind("c", connection);
        Exchange ex = send("commercelayer:skus?connection=#c&operation=testConnection", null, Map.of());
        assertThat(ex.getException()).isNull();
        return ex.getMessage().getBody(Map.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> details(Map<String, Object> verdict) {
        return (Map<String, Object>) verdict.get("details");
    }

    private List<?> list(Connection connection) {
        context.getRegistry().bind("c", connection);
        Exchange ex = send("commercelayer:skus?connection=#c", null, Map.of());
        assertThat(ex.getException()).isNull();
        return ex.getMessage().getBody(List.class);
    }

    @Test
    void clientCredentialsOfAnIntegration() {
        Map<String, Object> verdict = test(integration());
        assertThat(verdict.get("ok")).isEqualTo(true);
        assertThat(verdict.get("authType")).isEqualTo("oauth2");
        assertThat(verdict.get("message").toString()).contains("test mode");
        assertThat(details(verdict)).containsEntry("organization", "sandbox-org").containsEntry("applicationKind", "integration")
                .containsEntry("mode", "test").containsEntry("baseUriSource", "connection");
        assertThat(cl.tokenRequests().requests("client_credentials")).isEqualTo(1);
        var sent = cl.requests().matching(r -> r.path().endsWith("/oauth/token")).get(0);
        assertThat(sent.header("Content-Type")).get().asString().startsWith("application/json");
    }

    @Test
    void clientCredentialsOfASalesChannelWithAMarketScope() {
        Map<String, Object> verdict = test(salesChannel());
        assertThat(verdict.get("ok")).isEqualTo(true);
        assertThat(details(verdict)).containsEntry("applicationKind", "sales_channel").containsKey("markets");
        assertThat(details(verdict).get("scope").toString()).contains("market:");
    }

    @Test
    void aSalesChannelWithoutScopeIsToldToNameAMarket() {
        Map<String, Object> verdict = test(connection("""
                {"name":"no-scope","connector":"commercelayer","baseUri":"%s",
                 "auth":{"type":"oauth2","grantType":"client_credentials","clientId":"%s","tokenUri":"%s"}}
                """.formatted(sandbox.commerceLayerBaseUri(), SALES_CHANNEL_CLIENT_ID, tokenUri())));
        assertThat(verdict.get("ok")).isEqualTo(false);
        assertThat(verdict.get("category")).isEqualTo(TestCategory.AUTHENTICATION.name());
        assertThat(verdict.get("hint").toString()).contains("auth.scope").contains("market:code:europe");
    }

    @Test
    void aWrongClientSecretIsAnAuthenticationFailureThatNeverQuotesTheSecret() {
        Map<String, Object> verdict = test(connection("""
                {"name":"wrong","connector":"commercelayer","baseUri":"%s",
                 "auth":{"type":"oauth2","grantType":"client_credentials","clientId":"%s","clientSecret":"not-the-secret-42",
                         "tokenUri":"%s"}}
                """.formatted(sandbox.commerceLayerBaseUri(), INTEGRATION_CLIENT_ID, tokenUri())));
        assertThat(verdict.get("category")).isEqualTo(TestCategory.AUTHENTICATION.name());
        assertThat(verdict.get("hint").toString()).contains("auth.clientSecret");
        assertThat(verdict.toString()).doesNotContain("not-the-secret-42");
        assertThat(cl.tokenRequests().requests()).as("a refused grant is not retried").isEqualTo(1);
    }

    @Test
    void passwordGrantLogsTheCustomerInAndRenewsWithItsRefreshToken() {
        assertThat(list(customer())).hasSize(5);
        assertThat(details(test(customer()))).containsEntry("ownerType", "Customer");
        assertThat(cl.tokenRequests().requests("password")).isEqualTo(1);
        // past the 4 h lifetime: the held refresh token renews the session, no second login
        clock.advance(Duration.ofHours(4).plusMinutes(1));
        assertThat(list(customer())).hasSize(5);
        assertThat(cl.tokenRequests().requests("refresh_token")).isEqualTo(1);
        assertThat(cl.tokenRequests().requests("password")).isEqualTo(1);
    }

    @Test
    void refreshTokenGrantUsesAGivenRefreshToken() throws Exception {
        String refresh = TokenEndpointClient.token(java.net.URI.create(tokenUri()), Map.of("grant_type", "password",
                "client_id", SALES_CHANNEL_CLIENT_ID, "scope", SALES_CHANNEL_SCOPE, "username", CUSTOMER_EMAIL,
                "password", CUSTOMER_PASSWORD)).get("refresh_token").asText();
        Connection connection = connection("""
                {"name":"refresh","connector":"commercelayer","baseUri":"%s",
                 "auth":{"type":"oauth2","grantType":"refresh_token","clientId":"%s","scope":"%s","refreshToken":"%s",
                         "tokenUri":"%s"}}
                """.formatted(sandbox.commerceLayerBaseUri(), SALES_CHANNEL_CLIENT_ID, SALES_CHANNEL_SCOPE, refresh, tokenUri()));
        assertThat(list(connection)).hasSize(5);
        assertThat(cl.tokenRequests().requests("refresh_token")).isEqualTo(1);
        // the sandbox rotates refresh tokens: the renewal after expiry uses the newest one and works
        clock.advance(Duration.ofHours(5));
        assertThat(list(connection)).hasSize(5);
        assertThat(cl.tokenRequests().requests("refresh_token")).isEqualTo(2);
    }

    @Test
    void jwtBearerGrantActsOnBehalfOfTheAssertionsOwner() {
        String customerId = cl.customer().id();
        Connection connection = connection("""
                {"name":"on-behalf","connector":"commercelayer","baseUri":"%s",
                 "auth":{"type":"oauth2","grantType":"urn:ietf:params:oauth:grant-type:jwt-bearer","clientId":"%s",
                         "clientSecret":"%s","assertion":"%s","tokenUri":"%s"}}
                """.formatted(sandbox.commerceLayerBaseUri(), INTEGRATION_CLIENT_ID, INTEGRATION_CLIENT_SECRET,
                TokenEndpointClient.assertion("Customer", customerId), tokenUri()));
        Map<String, Object> verdict = test(connection);
        assertThat(verdict.get("ok")).isEqualTo(true);
        assertThat(details(verdict)).containsEntry("ownerType", "Customer");
        assertThat(cl.tokenRequests().requests("urn:ietf:params:oauth:grant-type:jwt-bearer")).isEqualTo(1);
    }
}
