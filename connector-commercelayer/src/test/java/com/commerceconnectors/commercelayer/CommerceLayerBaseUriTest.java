package com.commerceconnectors.commercelayer;

import com.commerceconnectors.connection.Connection;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Map;

import static com.commerceconnectors.sandbox.commercelayer.CommerceLayerSandbox.INTEGRATION_CLIENT_ID;
import static com.commerceconnectors.sandbox.commercelayer.CommerceLayerSandbox.INTEGRATION_CLIENT_SECRET;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A connection without baseUri finds the organization's API from its token, as on auth.commercelayer.io: the sandbox
 * issues tokens as {@code auth.commercelayer.test}, and an agent resolves {@code *.commercelayer.test} to it.
 */
class CommerceLayerBaseUriTest extends SandboxCamelSupport {

    private OrganizationDnsAgent agent;
    private URI derived;

    @BeforeEach
    void setUp() throws Exception {
        startSandbox();
        cl.seedSkus(4);
        agent = OrganizationDnsAgent.start();
        int port = sandbox.port();
        cl.settings().issuer(URI.create("http://auth" + OrganizationDnsAgent.DOMAIN + ":" + port + "/commercelayer"));
        derived = URI.create("http://sandbox-org" + OrganizationDnsAgent.DOMAIN + ":" + port + "/commercelayer");
        startCamel();
        Connection noBaseUri = connection("""
                {"name":"derived","connector":"commercelayer","mode":"onPremise","agent":{"proxyUri":"%s"},
                 "auth":{"type":"oauth2","grantType":"client_credentials","clientId":"%s","clientSecret":"%s",
                         "tokenUri":"%s"}}
                """.formatted(agent.uri(), INTEGRATION_CLIENT_ID, INTEGRATION_CLIENT_SECRET, tokenUri()));
        assertThat(noBaseUri.baseUri()).isNull();
        context.getRegistry().bind("derived", noBaseUri);
    }

    @AfterEach
    void stopAgent() {
        if (agent != null) {
            agent.close();
        }
    }

    @Test
    void theApiIsCalledAtTheOrganizationsAddressFromTheToken() {
        Exchange ex = send("commercelayer:skus?connection=#derived", null, Map.of());
        assertThat(ex.getException()).isNull();
        assertThat(ex.getMessage().getBody(List.class)).hasSize(4);
        assertThat(agent.hosts()).containsExactly("127.0.0.1", "sandbox-org" + OrganizationDnsAgent.DOMAIN);
    }

    @Test
    void theConnectionTestReportsTheDerivedAddressAndTheTokensClaims() {
        Exchange ex = send("commercelayer:skus?connection=#derived&operation=testConnection", null, Map.of());
        @SuppressWarnings("unchecked")
        Map<String, Object> verdict = ex.getMessage().getBody(Map.class);
        assertThat(verdict.get("ok")).isEqualTo(true);
        @SuppressWarnings("unchecked")
        Map<String, Object> details = (Map<String, Object>) verdict.get("details");
        assertThat(details).containsEntry("baseUri", derived.toString()).containsEntry("baseUriSource", "token")
                .containsEntry("organization", "sandbox-org").containsEntry("mode", "test");
        assertThat(details.get("uri").toString()).startsWith(derived + "/api/skus");
    }
}
