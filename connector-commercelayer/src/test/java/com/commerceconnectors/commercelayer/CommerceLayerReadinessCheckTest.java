package com.commerceconnectors.commercelayer;

import com.commerceconnectors.commercelayer.health.CommerceLayerReadinessChecks;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static com.commerceconnectors.sandbox.commercelayer.CommerceLayerSandbox.INTEGRATION_CLIENT_ID;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-connection readiness check through Camel's health check registry: a refused client secret is asked for
 * once, not once per probe (the auth endpoint allows about 30 token requests a minute).
 */
class CommerceLayerReadinessCheckTest extends SandboxCamelSupport {

    private static final String WRONG_SECRET = "not-the-integration-secret-9";

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

    private void routes(String... uris) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                for (int i = 0; i < uris.length; i++) {
                    from("direct:r" + i).to(uris[i]);
                }
            }
        });
    }

    private int refusedSignIns() {
        return cl.tokenRequests().requests() - cl.tokenRequests().issued();
    }

    private Optional<HealthCheck.Result> probe(String id) {
        return HealthCheckHelper.invokeReadiness(context).stream()
                .filter(r -> r.getCheck().getId().equals(id)).findFirst();
    }

    @Test
    void aRefusedSecretIsLatchedAndAskedForOnceHoweverOftenTheProbeRuns() throws Exception {
        routes("commercelayer:skus?connection=#store", "commercelayer:skus?connection=#wrong",
                "commercelayer:orders?connection=#wrong");
        HealthCheck.Result last = null;
        for (int i = 0; i < 10; i++) {
            last = probe("commercelayer-wrong").orElseThrow();
        }
        assertThat(last.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(last.getDetails()).containsEntry("latched", true).containsEntry("category", "AUTHENTICATION");
        assertThat(last.getDetails().toString() + last.getMessage().orElse("")).doesNotContain(WRONG_SECRET);
        assertThat(refusedSignIns()).as("two endpoints, ten probes, one refused sign-in").isEqualTo(1);
        CommerceLayerReadinessChecks checks = CommerceLayerReadinessChecks.of(context);
        assertThat(checks.getCheckIds()).containsExactlyInAnyOrder("commercelayer-cl-integration", "commercelayer-wrong");
        assertThat(checks.getLatchedCheckIds()).containsExactly("commercelayer-wrong");

        clock.advance(Duration.ofMinutes(1)); // past the token cache's hold on a refused sign-in
        assertThat(checks.resetLatches()).isEqualTo(1);
        probe("commercelayer-wrong");
        probe("commercelayer-wrong");
        assertThat(refusedSignIns()).isEqualTo(2);
    }

    @Test
    void aWorkingConnectionIsUp() throws Exception {
        routes("commercelayer:skus?connection=#store", "commercelayer:orders?connection=#store");
        HealthCheck.Result result = probe("commercelayer-cl-integration").orElseThrow();
        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
    }
}
