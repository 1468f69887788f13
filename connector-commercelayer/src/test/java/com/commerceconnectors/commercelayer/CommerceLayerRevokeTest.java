package com.commerceconnectors.commercelayer;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.core.auth.oauth2.OAuth2AuthPolicy;
import com.commerceconnectors.core.camel.ConnectorClients;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.core.http.ClientKey;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static com.commerceconnectors.sandbox.commercelayer.CommerceLayerSandbox.INTEGRATION_CLIENT_ID;
import static com.commerceconnectors.sandbox.commercelayer.CommerceLayerSandbox.INTEGRATION_CLIENT_SECRET;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Revocation on demand and at shutdown, and a token revoked behind the connector's back: the sandbox refuses a revoked
 * token, and the connector renews it once and replays.
 */
class CommerceLayerRevokeTest extends SandboxCamelSupport {

    private Connection store;

    @BeforeEach
    void setUp() throws Exception {
        startSandbox();
        cl.seedSkus(3);
        startCamel();
        store = integration();
        context.getRegistry().bind("store", store);
    }

    /** The token the context's client holds for the connection now (the endpoints' client: no TLS, the component's options). */
    private String heldToken() {
        var client = ConnectorClients.of(context).client(ClientKey.of(store, null, component.clientOptions()), c -> {
            throw new AssertionError("the endpoint created the client already");
        });
        return ((OAuth2AuthPolicy) client.authPolicy()).tokenCache().current().orElseThrow().value().reveal();
    }

    private URI skus() {
        return URI.create(sandbox.commerceLayerBaseUri() + "/api/skus");
    }

    private List<?> list() {
        Exchange ex = send("commercelayer:skus?connection=#store", null, Map.of());
        assertThat(ex.getException()).isNull();
        return ex.getMessage().getBody(List.class);
    }

    @Test
    void revokeTokenRevokesTheHeldTokenAndTheNextCallGetsANewOne() throws Exception {
        assertThat(list()).hasSize(3);
        String token = heldToken();
        assertThat(TokenEndpointClient.statusWith(skus(), token)).isEqualTo(200);

        Exchange ex = send("commercelayer:skus?connection=#store&operation=revokeToken", null, Map.of());
        assertThat(ex.getException()).isNull();
        assertThat(ex.getMessage().getBody(Map.class)).containsEntry("revoked", true);
        assertThat(cl.revocations()).isEqualTo(1);
        assertThat(TokenEndpointClient.statusWith(skus(), token)).as("the sandbox refuses it now").isEqualTo(401);
        var revoke = cl.requests().matching(r -> r.path().endsWith("/oauth/revoke")).get(0);
        assertThat(revoke.path()).isEqualTo("/commercelayer/auth/oauth/revoke");

        assertThat(list()).hasSize(3);
        assertThat(cl.tokenRequests().requests()).isEqualTo(2);
        assertThat(heldToken()).isNotEqualTo(token);
    }

    @Test
    void revokingWithNoTokenHeldSaysSo() {
        Exchange ex = send("commercelayer:skus?connection=#store&operation=revokeToken", null, Map.of());
        assertThat(ex.getMessage().getBody(Map.class)).containsEntry("revoked", false);
        assertThat(cl.revocations()).isZero();
    }

    @Test
    void aBearerTokenCannotBeRevokedHere() {
        context.getRegistry().bind("bearer", connection("""
                {"name":"bearer","connector":"commercelayer","baseUri":"%s","auth":{"type":"bearer","token":"abc.def.ghi"}}
                """.formatted(sandbox.commerceLayerBaseUri())));
        var e = failure(send("commercelayer:skus?connection=#bearer&operation=revokeToken", null, Map.of()));
        assertThat(e.category()).isEqualTo(ErrorCategory.CONFIGURATION);
        assertThat(e.getMessage()).contains("oauth2");
    }

    @Test
    void tokensAreRevokedWhenTheContextStopsIfConfigured() throws Exception {
        component.setRevokeOnShutdown(true);
        assertThat(list()).hasSize(3);
        assertThat(send("commercelayer:prices?connection=#store", null, Map.of()).getException()).isNull();
        String token = heldToken();
        context.stop();
        assertThat(cl.revocations()).as("two endpoints, one shared token, one revocation").isEqualTo(1);
        assertThat(TokenEndpointClient.statusWith(skus(), token)).isEqualTo(401);
    }

    @Test
    void tokensOutliveTheContextUnlessConfigured() throws Exception {
        assertThat(list()).hasSize(3);
        String token = heldToken();
        context.stop();
        assertThat(cl.revocations()).isZero();
        assertThat(TokenEndpointClient.statusWith(skus(), token)).isEqualTo(200);
    }

    @Test
    void aTokenRevokedElsewhereIsRenewedOnceAndTheCallReplayed() throws Exception {
        assertThat(list()).hasSize(3);
        String token = heldToken();
        // an operator revokes it in the dashboard; the connector still believes it valid
        TokenEndpointClient.post(URI.create(sandbox.commerceLayerAuthUri() + "/oauth/revoke"), Map.of(
                "client_id", INTEGRATION_CLIENT_ID, "client_secret", INTEGRATION_CLIENT_SECRET, "token", token));
        assertThat(list()).hasSize(3);
        assertThat(cl.tokenRequests().requests()).isEqualTo(2);
        assertThat(apiRequests()).extracting(r -> r.status()).containsExactly(200, 401, 200);
    }
}
