package com.commerceconnectors.oro;

import com.commerceconnectors.oro.health.OroReadinessChecks;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-connection readiness check, invoked through Camel's health check registry against the sandbox's Oro. */
class OroReadinessCheckTest extends OroSandboxSupport {

    private static final String WRONG_KEY = "1111111111111111111111111111111111111111";

    @BeforeEach
    void setUp() throws Exception {
        startSandbox();
        startCamel();
        context.getRegistry().bind("good", wsseConnection());
        context.getRegistry().bind("wrong", wsseConnection("oro-wrong", WRONG_KEY));
    }

    private void routes(String... uris) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                for (int i = 0; i < uris.length; i++) {
                    from("direct:r" + i).routeId("r" + i).to(uris[i]);
                }
            }
        });
    }

    private Optional<HealthCheck.Result> probe(String id) {
        List<HealthCheck.Result> results = HealthCheckHelper.invokeReadiness(context).stream().toList();
        return results.stream().filter(r -> r.getCheck().getId().equals(id)).findFirst();
    }

    @Test
    void aRefusedApiKeyIsTriedOnceHoweverOftenTheProbeRunsUntilTheLatchIsReset() throws Exception {
        routes("oro:products?connection=#wrong", "oro:users?connection=#wrong");
        context.start();
        HealthCheck.Result last = null;
        for (int i = 0; i < 5; i++) {
            last = probe("oro-oro-wrong").orElseThrow();
        }
        assertThat(last.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(last.getDetails()).containsEntry("latched", true).containsEntry("category", "AUTHENTICATION");
        assertThat(last.getDetails().toString() + last.getMessage().orElse("")).doesNotContain(WRONG_KEY);
        // two endpoints, one connection: one check, one refused request
        assertThat(requests("GET", "/admin/api/")).hasSize(1);
        OroReadinessChecks checks = OroReadinessChecks.of(context);
        assertThat(checks.getCheckIds()).containsExactly("oro-oro-wrong");
        assertThat(checks.resetLatches()).isEqualTo(1);
        probe("oro-oro-wrong");
        assertThat(requests("GET", "/admin/api/")).hasSize(2);
    }

    @Test
    void aWorkingConnectionIsUpAndEachApiPathIsItsOwnCheck() throws Exception {
        oro.seedProducts(1);
        routes("oro:products?connection=#good", "oro:products?connection=#good&apiPath=/api");
        context.start();
        assertThat(OroReadinessChecks.of(context).getCheckIds()).containsExactly("oro-oro-wsse", "oro-oro-wsse-2");
        HealthCheckRegistry registry = HealthCheckRegistry.get(context);
        HealthCheck.Result backOffice = registry.getCheck("oro-oro-wsse").orElseThrow().call();
        assertThat(backOffice.getState()).isEqualTo(HealthCheck.State.UP);
        // the storefront API does not take the back office's WSSE key
        HealthCheck.Result storefront = registry.getCheck("oro-oro-wsse-2").orElseThrow().call();
        assertThat(storefront.getState()).isEqualTo(HealthCheck.State.DOWN);
    }
}
