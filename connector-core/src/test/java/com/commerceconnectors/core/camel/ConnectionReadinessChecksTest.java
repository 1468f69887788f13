package com.commerceconnectors.core.camel;

import com.commerceconnectors.connection.Auth;
import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.Timeouts;
import com.commerceconnectors.core.check.ConnectionTester;
import com.commerceconnectors.core.check.TestResult;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.http.ApiRequest;
import com.commerceconnectors.core.http.ConnectorClient;
import com.commerceconnectors.core.testing.Connections;
import com.commerceconnectors.core.testing.TestServer;
import com.commerceconnectors.core.testing.TokenApi;
import org.apache.camel.CamelContext;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConnectionReadinessChecksTest {

    /** A connector's registry as the connectors declare theirs: keyed by what decides sign-in, not by timeouts. */
    @ManagedResource(description = "test connection readiness checks")
    static final class ShopReadinessChecks extends ConnectionReadinessChecks<ShopKey> {
        private ShopReadinessChecks(CamelContext context) {
            super(context, "test", c -> new ShopKey(c.name(), c.auth()));
        }

        static ShopReadinessChecks of(CamelContext context) {
            return of(context, ShopReadinessChecks.class, ShopReadinessChecks::new);
        }
    }

    record ShopKey(String name, Auth auth) {
    }

    private final TestServer server = TestServer.http();
    private final TokenApi api = new TokenApi("admin", "right-pw").mount(server);
    private final CamelContext context = new DefaultCamelContext();
    private final AtomicInteger tests = new AtomicInteger();
    private final Function<Connection, TestResult> tester = c -> {
        tests.incrementAndGet();
        return new ConnectionTester("test").test(client(c), ApiRequest.get(server.uri(TokenApi.API_PATH)));
    };

    /** The client an endpoint of the context would use. */
    private ConnectorClient client(Connection c) {
        return ConnectorClients.of(context).client(c, x -> ConnectorClient.builder().connection(x).platformName("Test").build());
    }

    @BeforeEach
    void start() {
        context.start();
    }

    @AfterEach
    void stop() throws Exception {
        context.close();
        server.close();
    }

    private Connection connection(String password) {
        return Connections.cloud(server.uri("/rest"), Connections.requestAuth("admin", password, server.uri(TokenApi.TOKEN_PATH), ""));
    }

    private Optional<HealthCheck> registered(String id) {
        return HealthCheckRegistry.get(context).getCheck(id);
    }

    @Test
    void isOneServicePerContext() {
        ShopReadinessChecks checks = ShopReadinessChecks.of(context);
        assertThat(ShopReadinessChecks.of(context)).isSameAs(checks);
        assertThat(context.hasService(ShopReadinessChecks.class)).isSameAs(checks);
        assertThat(checks.isStarted()).isTrue();
    }

    @Test
    void usersWithEqualKeysShareOneCheckThatIsUnregisteredWhenTheLastUserCloses() {
        ShopReadinessChecks checks = ShopReadinessChecks.of(context);
        Connection shop = connection("right-pw");
        Connection slowerShop = Connections.cloud(shop.baseUri(), shop.auth(),
                new Timeouts(Duration.ofSeconds(1), Duration.ofSeconds(120)));

        ConnectionReadinessChecks.Registration first = checks.register(shop, tester);
        ConnectionReadinessChecks.Registration second = checks.register(slowerShop, tester);

        assertThat(checks.getCheckIds()).containsExactly("test-shop");
        assertThat(registered("test-shop")).containsInstanceOf(ConnectionReadinessCheck.class);
        first.close();
        first.close(); // a second close must not release the other user's share
        assertThat(checks.getCheckIds()).containsExactly("test-shop");
        assertThat(registered("test-shop")).isPresent();

        second.close();
        assertThat(checks.getCheckIds()).isEmpty();
        assertThat(checks.check("test-shop")).isEmpty();
        assertThat(registered("test-shop")).isEmpty();
    }

    @Test
    void distinctConnectionsWithOneNameGetNumberedIdsAndAFreedIdIsReused() {
        ShopReadinessChecks checks = ShopReadinessChecks.of(context);
        ConnectionReadinessChecks.Registration right = checks.register(connection("right-pw"), tester);
        checks.register(connection("wrong-pw"), tester);
        checks.register(connection("other-pw"), tester);
        assertThat(checks.getCheckIds()).containsExactly("test-shop", "test-shop-2", "test-shop-3");

        right.close();
        checks.register(connection("fourth-pw"), tester);
        assertThat(checks.getCheckIds()).containsExactly("test-shop-2", "test-shop-3", "test-shop");
    }

    @Test
    void resetLatchesLetsLatchedChecksTestAgain() {
        ShopReadinessChecks checks = ShopReadinessChecks.of(context);
        checks.register(connection("right-pw"), tester);
        checks.register(connection("wrong-pw"), tester);
        HealthCheck wrong = registered("test-shop-2").orElseThrow();

        wrong.call();
        wrong.call();
        assertThat(registered("test-shop").orElseThrow().call().getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(checks.getLatchedCheckIds()).containsExactly("test-shop-2");
        assertThat(tests).as("the latched check did not test again").hasValue(2);
        assertThat(server.count(TokenApi.TOKEN_PATH)).isEqualTo(2);

        assertThat(checks.resetLatches()).isEqualTo(1);
        assertThat(checks.getLatchedCheckIds()).isEmpty();
        assertThat(checks.resetLatches()).isZero();
        wrong.call();
        assertThat(tests).hasValue(3);
        assertThat(checks.getLatchedCheckIds()).as("still refused: latched again").containsExactly("test-shop-2");

        assertThat(checks.resetLatch("test-shop-2")).isTrue();
        assertThat(checks.getLatchedCheckIds()).isEmpty();
        wrong.call();
        assertThat(tests).hasValue(4);
        assertThat(checks.resetLatch("test-nothing")).isFalse();
    }

    @Test
    void stoppingTheServiceUnregistersEveryCheck() {
        ShopReadinessChecks checks = ShopReadinessChecks.of(context);
        checks.register(connection("right-pw"), tester);
        checks.register(connection("wrong-pw"), tester);

        checks.stop();

        assertThat(checks.getCheckIds()).isEmpty();
        assertThat(registered("test-shop")).isEmpty();
        assertThat(registered("test-shop-2")).isEmpty();
    }

    @Test
    void theChecksAndTheEndpointsObeyOneLatchPerConnection() {
        ShopReadinessChecks checks = ShopReadinessChecks.of(context);
        Connection wrong = connection("wrong-pw");
        checks.register(wrong, tester);
        HealthCheck check = registered("test-shop").orElseThrow();

        // an endpoint's refused sign-in latches the check too
        assertThatThrownBy(() -> client(wrong).send(ApiRequest.get(server.uri(TokenApi.API_PATH))))
                .isInstanceOf(ApiException.class);
        assertThat(checks.getLatchedCheckIds()).containsExactly("test-shop");
        assertThat(check.call().getDetails()).containsEntry("latched", true);
        assertThat(server.count(TokenApi.TOKEN_PATH)).isEqualTo(1);

        // the operator's reset on the clients releases the check; its next probe signs in once
        assertThat(ConnectorClients.of(context).resetAuthLatch("shop")).isEqualTo(1);
        assertThat(checks.getLatchedCheckIds()).isEmpty();
        check.call();
        assertThat(server.count(TokenApi.TOKEN_PATH)).isEqualTo(2);

        // and a reset of the check lets the endpoint sign in again
        assertThat(checks.resetLatch("test-shop")).isTrue();
        assertThat(ConnectorClients.of(context).getLatchedConnections()).isEmpty();
        assertThatThrownBy(() -> client(wrong).send(ApiRequest.get(server.uri(TokenApi.API_PATH))))
                .isInstanceOf(ApiException.class).hasMessageNotContaining("Latched");
        assertThat(server.count(TokenApi.TOKEN_PATH)).isEqualTo(3);
    }
}
