package com.commerceconnectors.core.camel;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.core.check.ConnectionTester;
import com.commerceconnectors.core.check.TestResult;
import com.commerceconnectors.core.http.ApiRequest;
import com.commerceconnectors.core.http.ClientRegistry;
import com.commerceconnectors.core.http.ConnectorClient;
import com.commerceconnectors.core.testing.Connections;
import com.commerceconnectors.core.testing.TestServer;
import com.commerceconnectors.core.testing.TokenApi;
import org.apache.camel.health.HealthCheck;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class ConnectionReadinessCheckTest {

    private final TestServer server = TestServer.http();
    private final TokenApi api = new TokenApi("admin", "right-pw").mount(server);
    private final ClientRegistry registry = new ClientRegistry();
    private final AtomicReference<Connection> current = new AtomicReference<>(connection("wrong-pw"));
    private final Function<Connection, TestResult> tester = c -> new ConnectionTester("magento2").test(
            registry.client(c, x -> ConnectorClient.builder().connection(x).platformName("Magento").build()),
            ApiRequest.get(server.uri(TokenApi.API_PATH)));
    private final ConnectionReadinessCheck check = new ConnectionReadinessCheck("magento2-shop", current::get, tester);

    @AfterEach
    void stop() {
        registry.close();
        server.close();
    }

    private Connection connection(String password) {
        return Connections.cloud(server.uri("/rest"), Connections.requestAuth("admin", password, server.uri(TokenApi.TOKEN_PATH), ""));
    }

    @Test
    void isUpWhenTheConnectionWorks() {
        current.set(connection("right-pw"));
        HealthCheck.Result result = check.call();
        assertThat(result.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(result.getDetails()).containsEntry("category", "OK").containsEntry(HealthCheck.HTTP_RESPONSE_CODE, 200);
        assertThat(check.isReadiness()).isTrue();
        assertThat(check.isLiveness()).isFalse();
    }

    @Test
    void latchesAnAuthenticationFailureSoProbesDoNotLockTheAccount() {
        for (int i = 0; i < 6; i++) {
            HealthCheck.Result result = check.call();
            assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
            assertThat(result.getDetails()).containsEntry("category", "AUTHENTICATION").containsEntry("latched", true);
            assertThat(result.getMessage().orElse("")).contains("Not tested again until the connection changes");
            assertThat(result.getError()).isEmpty();
        }
        assertThat(server.count(TokenApi.TOKEN_PATH)).isEqualTo(1);
        assertThat(check.isLatched()).isTrue();
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
        assertThat(again.getDetails()).containsEntry("category", "AUTHENTICATION");
        assertThat(check.isLatched()).isTrue();
        // the re-test ran, but the token cache still holds the refusal for a few seconds: no second sign-in
        assertThat(server.count(TokenApi.TOKEN_PATH)).isEqualTo(1);
    }

    @Test
    void reportsNoSecrets() {
        HealthCheck.Result result = check.call();
        assertThat(result.getDetails().toString()).doesNotContain("wrong-pw").doesNotContain("right-pw");
        assertThat(result.getMessage().orElse("")).doesNotContain("wrong-pw");
    }
}
