package com.commerceconnectors.commercelayer;

import com.commerceconnectors.core.camel.ConnectorClients;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static com.commerceconnectors.sandbox.commercelayer.CommerceLayerSandbox.INTEGRATION_CLIENT_ID;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An OAuth2 {@code invalid_client} from Commerce Layer's auth server latches the connection's sign-in like a refused
 * Magento password: every endpoint of the connection fails at once until the back-off passes or an operator resets it.
 */
class CommerceLayerSignInLatchTest extends SandboxCamelSupport {

    private static final String WRONG_SECRET = "not-the-integration-secret-4";

    @BeforeEach
    void setUp() throws Exception {
        startSandbox();
        cl.seedSkus(2);
        startCamel();
        context.getRegistry().bind("store", integration());
        context.getRegistry().bind("wrong", connection("""
                {"name":"wrong","connector":"commercelayer","baseUri":"%s",
                 "auth":{"type":"oauth2","grantType":"client_credentials","clientId":"%s","clientSecret":"%s",
                         "tokenUri":"%s"}}
                """.formatted(sandbox.commerceLayerBaseUri(), INTEGRATION_CLIENT_ID, WRONG_SECRET, tokenUri())));
    }

    private int refusedSignIns() {
        return cl.tokenRequests().requests() - cl.tokenRequests().issued();
    }

    @Test
    void anInvalidClientIsAskedForOnceAndEveryLaterCallFailsAtOnceUntilReset() {
        ApiException first = failure(send("commercelayer:skus?connection=#wrong", null, Map.of()));
        assertThat(first.category()).isEqualTo(ErrorCategory.AUTHENTICATION);
        // the auth server's invalid_client, in its own words
        assertThat(first.status()).isEqualTo(401);
        assertThat(first.getMessage()).contains("Client authentication failed").doesNotContain("Latched");

        for (int i = 0; i < 20; i++) {
            clock.advance(Duration.ofSeconds(5));
            ApiException again = failure(send("commercelayer:orders?connection=#wrong", null, Map.of()));
            assertThat(again.category()).isEqualTo(ErrorCategory.AUTHENTICATION);
            assertThat(again.advice()).isEqualTo(first.advice());
            assertThat(again.getMessage()).contains("Latched since 2024-03-05T08:00:00Z: no new sign-in for connection"
                    + " 'wrong' until 2024-03-05T08:30:00Z").doesNotContain(WRONG_SECRET);
        }
        assertThat(refusedSignIns()).isEqualTo(1);

        // another connection of the same organization is not latched
        assertThat(send("commercelayer:skus?connection=#store", null, Map.of()).getException()).isNull();

        assertThat(ConnectorClients.of(context).resetAuthLatches()).isEqualTo(1);
        failure(send("commercelayer:skus?connection=#wrong", null, Map.of()));
        failure(send("commercelayer:skus?connection=#wrong", null, Map.of()));
        assertThat(refusedSignIns()).as("one new attempt after the reset, latched again").isEqualTo(2);
    }
}
