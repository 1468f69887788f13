package com.commerceconnectors.magento2;

import com.commerceconnectors.core.camel.ConnectionReadinessCheck;
import com.commerceconnectors.magento2.health.Magento2ReadinessChecks;
import com.commerceconnectors.sandbox.magento.MagentoSandbox;
import com.commerceconnectors.sandbox.magento.auth.UserType;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-connection readiness check, invoked through Camel's health check registry against the sandbox store. */
class Magento2ReadinessCheckTest extends SandboxCamelSupport {

    private static final String WRONG_PASSWORD = "not-the-admin-password-7";

    @BeforeEach
    void setUp() throws Exception {
        startSandbox();
        startCamel();
        context.getRegistry().bind("shop", adminConnection());
        context.getRegistry().bind("wrong", wrongPasswordConnection("wrong", WRONG_PASSWORD));
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

    /** The magento2 checks' results of one readiness probe (Camel's default exposure: all when UP, else the DOWN ones). */
    private List<HealthCheck.Result> probe() {
        return HealthCheckHelper.invokeReadiness(context).stream()
                .filter(r -> r.getCheck().getId().startsWith("magento2-"))
                .toList();
    }

    private Optional<HealthCheck.Result> probe(String id) {
        return probe().stream().filter(r -> r.getCheck().getId().equals(id)).findFirst();
    }

    @Test
    void aWrongPasswordCausesOneSignInHoweverOftenTheProbeRunsUntilAnOperatorResetsTheLatch() throws Exception {
        routes("magento2:products?connection=#wrong");
        startCamelContext();

        HealthCheck.Result last = null;
        for (int i = 0; i < 10; i++) {
            last = probe("magento2-wrong").orElseThrow();
        }

        assertThat(magento.tokenRequests(UserType.ADMIN)).isEqualTo(1);
        assertThat(magento.isLocked(UserType.ADMIN, MagentoSandbox.ADMIN_USERNAME)).isFalse();
        assertThat(last.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(last.getDetails()).containsEntry("latched", true).containsEntry("category", "AUTHENTICATION")
                .containsEntry("connection", "wrong").containsEntry("connector", "magento2");
        assertThat(last.getMessage().orElseThrow()).contains("Latched since 2024-03-01T08:00:00Z: no new sign-in for connection"
                + " 'wrong' until 2024-03-01T08:30:00Z");
        assertThat(last.getDetails().toString() + last.getMessage().orElse("")).doesNotContain(WRONG_PASSWORD);
        Magento2ReadinessChecks checks = Magento2ReadinessChecks.of(context);
        assertThat(checks.getLatchedCheckIds()).containsExactly("magento2-wrong");

        // the operator fixed the password on Magento's side (here: it is still wrong) and resets the latch
        assertThat(checks.resetLatches()).isEqualTo(1);
        probe("magento2-wrong");
        probe("magento2-wrong");
        assertThat(magento.tokenRequests(UserType.ADMIN)).isEqualTo(2);

        HealthCheckHelper.getHealthCheck(context, "magento2-wrong", ConnectionReadinessCheck.class).resetLatch();
        probe("magento2-wrong");
        assertThat(magento.tokenRequests(UserType.ADMIN)).isEqualTo(3);
        assertThat(checks.resetLatch("magento2-nothing")).isFalse();
    }

    @Test
    void endpointsSharingAConnectionShareOneCheckThatIsUpWhenTheStoreAnswers() throws Exception {
        routes("magento2:products?connection=#shop", "magento2:customers?connection=#shop&readTimeout=5000",
                "magento2:orders?connection=#shop&storeCode=default");
        startCamelContext();

        List<HealthCheck.Result> results = probe();
        probe();

        assertThat(results).hasSize(1);
        HealthCheck.Result shop = results.get(0);
        assertThat(shop.getCheck().getId()).isEqualTo("magento2-shop");
        assertThat(shop.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(shop.getDetails()).containsEntry("latched", false).containsEntry("category", "OK")
                .containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 200);
        assertThat(shop.getCheck().isReadiness()).isTrue();
        assertThat(shop.getCheck().isLiveness()).isFalse();
        assertThat(magento.tokenRequests(UserType.ADMIN)).as("the token is cached between probes").isEqualTo(1);
    }

    @Test
    void twoConnectionsWithOneNameButOtherCredentialsGetTwoChecks() throws Exception {
        context.getRegistry().bind("shopAgain", wrongPasswordConnection("shop", WRONG_PASSWORD));
        routes("magento2:products?connection=#shop", "magento2:products?connection=#shopAgain");
        startCamelContext();

        // Camel's default exposure shows only the checks that are DOWN once one is: ask for all of them
        List<HealthCheck.Result> all = HealthCheckHelper.invoke(context, check -> Map.of(), check -> !check.isReadiness(), "full")
                .stream().filter(r -> r.getCheck().getId().startsWith("magento2-")).toList();
        assertThat(all).extracting(r -> r.getCheck().getId() + "=" + r.getState())
                .containsExactlyInAnyOrder("magento2-shop=UP", "magento2-shop-2=DOWN");
    }

    @Test
    void removingTheEndpointsUnregistersTheCheckButNewOnesObeyTheConnectionsLatch() throws Exception {
        routes("magento2:products?connection=#wrong");
        startCamelContext();
        probe("magento2-wrong");
        probe("magento2-wrong");
        assertThat(magento.tokenRequests(UserType.ADMIN)).isEqualTo(1);

        context.getRouteController().stopRoute("r0");
        context.removeRoute("r0");
        context.removeEndpoints("magento2:*");
        assertThat(probe()).isEmpty();
        assertThat(Magento2ReadinessChecks.of(context).getCheckIds()).isEmpty();

        // re-created routes (a supervising route controller, a redeploy) must not sign in again with the same password
        routes("magento2:products?connection=#wrong");
        HealthCheck.Result again = probe("magento2-wrong").orElseThrow();
        assertThat(again.getDetails()).containsEntry("latched", true);
        assertThat(magento.tokenRequests(UserType.ADMIN)).isEqualTo(1);

        // the back-off passing lets one sign-in through
        clock.advance(Duration.ofMinutes(30));
        probe("magento2-wrong");
        probe("magento2-wrong");
        assertThat(magento.tokenRequests(UserType.ADMIN)).isEqualTo(2);
    }

    @Test
    void theCheckCanBeSwitchedOffOnTheComponent() throws Exception {
        context.getComponent("magento2", Magento2Component.class).setHealthCheckConnectionEnabled(false);
        routes("magento2:products?connection=#wrong");
        startCamelContext();

        assertThat(probe()).isEmpty();
        assertThat(magento.tokenRequests(UserType.ADMIN)).isZero();
    }
}
