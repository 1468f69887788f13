package com.commerceconnectors.core.camel;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.core.auth.AuthLatch;
import com.commerceconnectors.core.check.ConnectionTester;
import com.commerceconnectors.core.check.TestResult;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.http.ApiRequest;
import com.commerceconnectors.core.http.ClientRegistry;
import com.commerceconnectors.core.http.ConnectorClient;
import com.commerceconnectors.core.testing.Connections;
import com.commerceconnectors.core.testing.MutableClock;
import com.commerceconnectors.core.testing.TestServer;
import com.commerceconnectors.core.testing.TokenApi;
import org.apache.camel.health.HealthCheck;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConnectionReadinessCheckTest {

    private final MutableClock clock = MutableClock.at("2026-05-04T10:00:00Z");
    private final TestServer server = TestServer.http();
    private final TokenApi api = new TokenApi("admin", "right-pw").mount(server);
    private final ClientRegistry registry = new ClientRegistry();
    private final AtomicReference<Connection> current = new AtomicReference<>(connection("wrong-pw"));
    private final AtomicInteger tests = new AtomicInteger();
    private final Function<Connection, TestResult> tester = c -> {
        tests.incrementAndGet();
        return new ConnectionTester("magento2").test(client(c), ApiRequest.get(server.uri(TokenApi.API_PATH)));
    };
    private final ConnectionReadinessCheck check = new ConnectionReadinessCheck("magento2-shop", current::get, tester,
            registry.authLatches(), clock, AuthLatch.DEFAULT_BACKOFF);

    @AfterEach
    void stop() {
        registry.close();
        server.close();
    }

    private ConnectorClient client(Connection c) {
        return registry.client(c, x -> ConnectorClient.builder().connection(x).platformName("Magento").clock(clock).build());
    }

    private Connection connection(String password) {
        return Connections.cloud(server.uri("/rest"), Connections.requestAuth("admin", password, server.uri(TokenApi.TOKEN_PATH), ""));
    }

    @Test
    void isUpWhenTheConnectionWorks() {
        current.set(connection("right-pw"));
        HealthCheck.Result result = check.call();
        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(result.getDetails()).containsEntry("category", "OK").containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 200)
                .containsEntry("latched", false);
        assertThat(check.isReadiness()).isTrue();
        assertThat(check.isLiveness()).isFalse();
    }

    @Test
    void latchesAnAuthenticationFailureSoProbesDoNotLockTheAccount() {
        for (int i = 0; i < 6; i++) {
            HealthCheck.Result result = check.call();
            assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
            assertThat(result.getDetails()).containsEntry("category", "AUTHENTICATION").containsEntry("latched", true)
                    .containsEntry("latchedSince", "2026-05-04T10:00:00Z").containsEntry("latchedUntil", "2026-05-04T10:30:00Z");
            assertThat(result.getMessage().orElse(""))
                    .startsWith("Magento refused the sign-in at its token endpoint (401 Unauthorized)")
                    .containsOnlyOnce("Latched since 2026-05-04T10:00:00Z: no new sign-in for connection 'shop' until "
                            + "2026-05-04T10:30:00Z");
            assertThat(result.getError()).isEmpty();
        }
        assertThat(server.count(TokenApi.TOKEN_PATH)).isEqualTo(1);
        assertThat(tests).as("a latched probe needs no test").hasValue(1);
        assertThat(check.isLatched()).isTrue();
    }

    @Test
    void obeysTheLatchARefusedClientClosedWithoutSigningInAndTheClientObeysTheCheck() {
        assertThatThrownBy(() -> client(current.get()).send(ApiRequest.get(server.uri(TokenApi.API_PATH))))
                .isInstanceOf(ApiException.class);

        HealthCheck.Result result = check.call();

        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getDetails()).containsEntry("latched", true).containsEntry("category", "AUTHENTICATION");
        assertThat(result.getMessage().orElse("")).containsOnlyOnce("Latched since");
        assertThat(server.count(TokenApi.TOKEN_PATH)).isEqualTo(1);

        check.resetLatch();
        assertThat(registry.authLatches().latched()).as("one latch: the client's is released too").isEmpty();
        assertThatThrownBy(() -> client(current.get()).send(ApiRequest.get(server.uri(TokenApi.API_PATH))))
                .isInstanceOf(ApiException.class).hasMessageNotContaining("Latched");
        assertThat(server.count(TokenApi.TOKEN_PATH)).isEqualTo(2);
    }

    @Test
    void testsAgainWhenTheConnectionChanges() {
        check.call();
        current.set(connection("right-pw"));
        assertThat(check.call().getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(check.isLatched()).isFalse();
        assertThat(server.count(TokenApi.TOKEN_PATH)).isEqualTo(2);
    }

    @Test
    void testsAgainAfterAnOperatorResetsTheLatch() {
        check.call();
        check.resetLatch();
        assertThat(check.isLatched()).isFalse();
        HealthCheck.Result again = check.call();
        assertThat(again.getDetails()).containsEntry("category", "AUTHENTICATION").containsEntry("latched", true);
        assertThat(check.isLatched()).isTrue();
        assertThat(server.count(TokenApi.TOKEN_PATH)).as("one new sign-in, refused again").isEqualTo(2);
        check.call();
        assertThat(server.count(TokenApi.TOKEN_PATH)).isEqualTo(2);
    }

    @Test
    void testsOnceMoreWhenTheBackOffHasPassed() {
        check.call();
        clock.advance(Duration.ofMinutes(29));
        check.call();
        assertThat(server.count(TokenApi.TOKEN_PATH)).isEqualTo(1);
        clock.advance(Duration.ofMinutes(1));
        check.call();
        check.call();
        assertThat(server.count(TokenApi.TOKEN_PATH)).isEqualTo(2);
    }

    @Test
    void latchesARefusedBearerTokenItselfThoughNoSignInWasMade() {
        current.set(Connections.cloud(server.uri("/rest"), Connections.bearer("not-a-token")));
        HealthCheck.Result first = check.call();
        HealthCheck.Result second = check.call();

        assertThat(first.getDetails()).containsEntry("category", "AUTHENTICATION").containsEntry("latched", true);
        assertThat(second.getMessage()).isEqualTo(first.getMessage());
        assertThat(second.getMessage().orElse("")).contains("Latched since");
        assertThat(server.count(TokenApi.API_PATH)).isEqualTo(1);

        clock.advance(AuthLatch.DEFAULT_BACKOFF);
        check.call();
        assertThat(server.count(TokenApi.API_PATH)).isEqualTo(2);
    }

    @Test
    void reportsNoSecrets() {
        HealthCheck.Result result = check.call();
        check.call();
        assertThat(result.getDetails().toString()).doesNotContain("wrong-pw").doesNotContain("right-pw");
        assertThat(result.getMessage().orElse("")).doesNotContain("wrong-pw");
    }
}
