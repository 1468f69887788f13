package com.commerceconnectors.magento2;

import com.commerceconnectors.core.auth.SignInLatchedException;
import com.commerceconnectors.core.camel.ConnectorClients;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.sandbox.magento.MagentoSandbox;
import com.commerceconnectors.sandbox.magento.auth.UserType;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.spi.ExceptionHandler;
import org.apache.camel.support.ScheduledPollConsumer;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.commerceconnectors.sandbox.magento.MagentoSandbox.ADMIN_USERNAME;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new user's first try: a magento2 consumer with a wrong admin password, polling every second. Six refused sign-ins
 * lock a Magento admin for 30 minutes (the sandbox does the same), after which the right password is refused too; so
 * one refused sign-in must stop every further one of the connection — consumer, producer and readiness check alike —
 * until an operator resets the latch, the back-off passes or the connection changes.
 * <p>
 * The polls are driven by hand (the scheduler is not started) and time is the sandbox's clock, which the component
 * tells time by: ten minutes of polling every second take no real time.
 */
class Magento2SignInLatchTest extends SandboxCamelSupport {

    private static final String WRONG_PASSWORD = "not-the-admin-password-3";
    private static final String EXPORT = "magento2:products?connection=#wrong&stateRepository=#state&settleTime=0"
            + "&startScheduler=false&exceptionHandler=#pollErrors";

    private final List<Throwable> pollErrors = new CopyOnWriteArrayList<>();
    private final List<Object> exported = new CopyOnWriteArrayList<>();
    private CapturedLogs logs;

    @BeforeEach
    void setUp() throws Exception {
        logs = new CapturedLogs("com.commerceconnectors.core.auth.AuthLatch");
        startSandbox();
        magento.seedProducts(5);
        startCamel();
        context.getRegistry().bind("wrong", wrongPasswordConnection("wrong", WRONG_PASSWORD));
        context.getRegistry().bind("shop", adminConnection());
        context.getRegistry().bind("state", new MemoryStateRepository());
        context.getRegistry().bind("pollErrors", (ExceptionHandler) new Recording());
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(EXPORT).routeId("export").process(e -> exported.add(e.getMessage().getBody()));
                from("direct:reset-sign-in").bean(ConnectorClients.AuthLatchReset.class);
            }
        });
        startCamelContext();
    }

    @AfterEach
    void closeLogs() {
        logs.close();
    }

    /** Records what a poll failed with instead of logging it. */
    private final class Recording implements ExceptionHandler {
        @Override
        public void handleException(Throwable exception) {
            pollErrors.add(exception);
        }

        @Override
        public void handleException(String message, Throwable exception) {
            pollErrors.add(exception);
        }

        @Override
        public void handleException(String message, Exchange exchange, Throwable exception) {
            pollErrors.add(exception);
        }
    }

    private void poll() {
        ((ScheduledPollConsumer) context.getRoute("export").getConsumer()).run();
    }

    /** Polls once a second for {@code duration} of sandbox time. */
    private void pollEverySecondFor(Duration duration) {
        for (long s = 0; s < duration.toSeconds(); s++) {
            poll();
            clock.advance(Duration.ofSeconds(1));
        }
    }

    private int signIns() {
        return magento.tokenRequests(UserType.ADMIN);
    }

    private ApiException lastPollError() {
        assertThat(pollErrors).isNotEmpty();
        Throwable last = pollErrors.get(pollErrors.size() - 1);
        assertThat(last).isInstanceOf(ApiException.class);
        return (ApiException) last;
    }

    private List<String> warnings() {
        return logs.events().stream().filter(e -> e.startsWith("WARN ")).toList();
    }

    @Test
    void tenMinutesOfPollingEverySecondWithAWrongPasswordSignInOnceAndNeverLockTheAccount() {
        pollEverySecondFor(Duration.ofMinutes(10));

        assertThat(signIns()).as("one refused sign-in in 600 polls").isEqualTo(1);
        assertThat(magento.failedLogins(UserType.ADMIN, ADMIN_USERNAME)).isEqualTo(1);
        assertThat(magento.isLocked(UserType.ADMIN, ADMIN_USERNAME)).isFalse();
        assertThat(pollErrors).hasSize(600).allSatisfy(e -> assertThat(((ApiException) e).category())
                .isEqualTo(ErrorCategory.AUTHENTICATION));
        assertThat(pollErrors.get(0).getMessage()).startsWith("Magento refused the sign-in").doesNotContain("Latched");
        assertThat(lastPollError().getMessage()).contains("Latched since 2024-03-01T08:00:00Z: no new sign-in for"
                + " connection 'wrong' until 2024-03-01T08:30:00Z").contains("resetAuthLatch")
                .contains(lastPollError().advice().orElseThrow())
                .doesNotContain(WRONG_PASSWORD);
        assertThat(lastPollError().advice()).isEqualTo(((ApiException) pollErrors.get(0)).advice());
        assertThat(SignInLatchedException.of(pollErrors.get(0))).as("the first poll's refusal is a new one").isEmpty();
        assertThat(SignInLatchedException.of(lastPollError())).as("the later ones can be logged quietly").isPresent();
        assertThat(warnings()).as("one WARN line for the latch, not one per poll").hasSize(1);
        assertThat(logs.events()).filteredOn(e -> e.startsWith("DEBUG ") && e.contains("failing fast")).hasSize(599);
        assertThat(logs.events()).allSatisfy(e -> assertThat(e).doesNotContain(WRONG_PASSWORD));
        assertThat(exported).isEmpty();
    }

    @Test
    void withCamelsDefaultExceptionHandlerALatchedPollLogsNoWarningOfItsOwn() throws Exception {
        try (CapturedLogs camel = new CapturedLogs("org.apache.camel", "com.commerceconnectors")) {
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(EXPORT.replace("&exceptionHandler=#pollErrors", "")).routeId("plain").to("log:unused");
                }
            });
            ScheduledPollConsumer plain = (ScheduledPollConsumer) context.getRoute("plain").getConsumer();
            for (int s = 0; s < 120; s++) {
                plain.run();
                clock.advance(Duration.ofSeconds(1));
            }
            List<String> warnings = camel.events().stream().filter(e -> e.startsWith("WARN ")).toList();
            // the first poll's refusal as Camel logs a failed poll, and the latch closing: nothing per later poll
            assertThat(warnings).singleElement().satisfies(w -> assertThat(w).contains("Failed polling endpoint"));
            assertThat(warnings()).as("the latch's own line").hasSize(1);
            assertThat(camel.events()).filteredOn(e -> e.startsWith("DEBUG ") && e.contains("Latched since")).hasSize(119);
            assertThat(camel.events()).allSatisfy(e -> assertThat(e).doesNotContain(WRONG_PASSWORD));
            assertThat(signIns()).isEqualTo(1);
        }
    }

    @Test
    void anOperatorResetLetsTheNextPollSignInOnceAndAFixedPasswordWork() {
        pollEverySecondFor(Duration.ofMinutes(10));

        // the JMX operation: the password is still wrong, so one more refused attempt, latched again
        assertThat(ConnectorClients.of(context).resetAuthLatch("wrong")).isEqualTo(1);
        poll();
        assertThat(signIns()).isEqualTo(2);
        assertThat(lastPollError().getMessage()).startsWith("Magento refused the sign-in").doesNotContain("Latched");
        pollEverySecondFor(Duration.ofMinutes(1));
        assertThat(signIns()).isEqualTo(2);
        assertThat(warnings()).hasSize(2);

        // the operator sets the password the connection has on Magento's side, then resets from a route
        magento.changeAdminPassword(ADMIN_USERNAME, WRONG_PASSWORD);
        assertThat(template.requestBody("direct:reset-sign-in", "wrong", Integer.class)).isEqualTo(1);
        poll();

        assertThat(signIns()).isEqualTo(3);
        assertThat(exported).isNotEmpty();
        assertThat(magento.isLocked(UserType.ADMIN, ADMIN_USERNAME)).isFalse();
        assertThat(ConnectorClients.of(context).getLatchedConnections()).isEmpty();
    }

    @Test
    void theRouteBeanWithAnEmptyBodyResetsEveryLatch() {
        poll();
        assertThat(template.requestBody("direct:reset-sign-in", "", Integer.class)).isEqualTo(1);
        assertThat(template.requestBody("direct:reset-sign-in", "", Integer.class)).isZero();
        poll();
        assertThat(signIns()).isEqualTo(2);
    }

    @Test
    void whenTheBackOffPassesExactlyOneNewSignInIsMade() {
        pollEverySecondFor(Duration.ofMinutes(30).minusSeconds(1));
        assertThat(signIns()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        pollEverySecondFor(Duration.ofMinutes(5));

        assertThat(signIns()).as("one trial after 30 minutes, refused and latched again").isEqualTo(2);
        assertThat(lastPollError().getMessage()).contains("Latched since 2024-03-01T08:30:00Z");
        assertThat(magento.isLocked(UserType.ADMIN, ADMIN_USERNAME)).isFalse();
    }

    @Test
    void theProducerAndTheReadinessCheckFailFastWithTheLatchedErrorAndShareTheLatch() {
        poll();
        assertThat(signIns()).isEqualTo(1);

        Exchange read = send("magento2:products?connection=#wrong&pageSize=5", null, Map.of());
        ApiException e = failure(read);
        assertThat(e.category()).isEqualTo(ErrorCategory.AUTHENTICATION);
        assertThat(e.getMessage()).contains("Latched since").doesNotContain(WRONG_PASSWORD);

        HealthCheck.Result check = HealthCheckHelper.invokeReadiness(context).stream()
                .filter(r -> r.getCheck().getId().equals("magento2-wrong")).findFirst().orElseThrow();
        assertThat(check.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(check.getDetails()).containsEntry("latched", true).containsEntry("category", "AUTHENTICATION")
                .containsEntry("latchedUntil", "2024-03-01T08:30:00Z");
        assertThat(check.getMessage().orElseThrow()).containsOnlyOnce("Latched since");
        assertThat(check.getDetails().toString() + check.getMessage().orElse("")).doesNotContain(WRONG_PASSWORD);
        assertThat(signIns()).as("neither the producer nor the probe signed in").isEqualTo(1);

        // resetting the check releases the consumer and the producer too
        assertThat(com.commerceconnectors.magento2.health.Magento2ReadinessChecks.of(context).resetLatches()).isEqualTo(1);
        poll();
        assertThat(signIns()).isEqualTo(2);
    }

    @Test
    void anotherConnectionIsNotLatched() {
        poll();

        assertThat(failure(send("magento2:products?connection=#wrong&pageSize=5", null, Map.of())).getMessage())
                .contains("Latched since");
        Exchange shop = send("magento2:products?connection=#shop&pageSize=5", null, Map.of());
        assertThat(shop.getException()).isNull();
        assertThat(shop.getMessage().getBody(List.class)).hasSize(5);

        // the same name with other credentials is another connection, with a latch of its own
        context.getRegistry().bind("retyped", wrongPasswordConnection("wrong", MagentoSandbox.ADMIN_PASSWORD));
        assertThat(send("magento2:products?connection=#retyped&pageSize=5", null, Map.of()).getException()).isNull();
        assertThat(signIns()).isEqualTo(3);
    }
}
