package com.commerceconnectors.core.camel;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.core.auth.AuthLatchState;
import com.commerceconnectors.core.auth.AuthLatchStore;
import com.commerceconnectors.core.auth.InMemoryAuthLatchState;
import com.commerceconnectors.core.auth.SignInId;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.core.http.ApiRequest;
import com.commerceconnectors.core.http.ClientKey;
import com.commerceconnectors.core.http.ConnectorClient;
import com.commerceconnectors.core.http.RetryPolicy;
import com.commerceconnectors.core.testing.Certificates;
import com.commerceconnectors.core.testing.Connections;
import com.commerceconnectors.core.testing.Reply;
import com.commerceconnectors.core.testing.TestServer;
import com.commerceconnectors.core.testing.TokenApi;
import org.apache.camel.CamelContext;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedOperation;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.jsse.KeyStoreParameters;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.support.jsse.TrustManagersParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.security.KeyStore;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConnectorClientsTest {

    private final TestServer server = TestServer.http();
    private final AtomicInteger created = new AtomicInteger();

    @AfterEach
    void stop() {
        server.close();
    }

    private ConnectorClient create(Connection c) {
        created.incrementAndGet();
        return ConnectorClient.builder().connection(c).build();
    }

    @Test
    void sharesOneClientPerEqualConnectionWithinAContext() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.start();
            Connection a = Connections.cloud(URI.create("https://shop.example.com/rest"), Connections.bearer("t1"));
            Connection sameAgain = Connections.cloud(URI.create("https://shop.example.com/rest"), Connections.bearer("t1"));
            Connection otherToken = Connections.cloud(URI.create("https://shop.example.com/rest"), Connections.bearer("t2"));
            ConnectorClients clients = ConnectorClients.of(context);
            assertThat(ConnectorClients.of(context)).isSameAs(clients);
            ConnectorClient first = clients.client(a, this::create);
            assertThat(clients.client(sameAgain, this::create)).isSameAs(first);
            assertThat(clients.client(otherToken, this::create)).isNotSameAs(first);
            assertThat(created).hasValue(2);
        }
    }

    @Test
    void aHandleKeepsItsClientWhileTheContextRunsAndTakesTheNewOneAfterARestart() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.start();
            Connection c = Connections.cloud(URI.create("https://shop.example.com/rest"), Connections.bearer("t1"));
            ConnectorClients clients = ConnectorClients.of(context);
            java.util.function.Supplier<ConnectorClient> handle = clients.handle(ClientKey.of(c), this::create);
            ConnectorClient first = handle.get();
            assertThat(handle.get()).isSameAs(first).isSameAs(clients.client(c, this::create));
            assertThat(created).hasValue(1);

            context.stop(); // closes every client of the context
            context.start();
            ConnectorClient afterRestart = handle.get();
            assertThat(afterRestart).isNotSameAs(first).isSameAs(clients.client(c, this::create));
            assertThat(created).hasValue(2);
        }
    }

    @Test
    void neverSharesClientsBetweenContexts() throws Exception {
        Connection c = Connections.cloud(URI.create("https://shop.example.com/rest"), Connections.bearer("t1"));
        try (CamelContext one = new DefaultCamelContext(); CamelContext two = new DefaultCamelContext()) {
            one.start();
            two.start();
            assertThat(ConnectorClients.of(one).client(c, this::create))
                    .isNotSameAs(ConnectorClients.of(two).client(c, this::create));
        }
    }

    @Test
    void closesThePoolsWhenTheContextStops() throws Exception {
        server.route("/x", r -> Reply.json(200, "{}"));
        Connection c = Connections.cloud(server.uri("/rest"), Connections.bearer("t1"));
        CamelContext context = new DefaultCamelContext();
        context.start();
        ConnectorClients clients = ConnectorClients.of(context);
        ConnectorClient client = clients.client(c, this::create);
        assertThat(client.send(ApiRequest.get(server.uri("/x"))).status()).isEqualTo(200);
        context.stop();
        assertThat(clients.size()).isZero();
        assertThatThrownBy(() -> client.send(ApiRequest.get(server.uri("/x")))).isInstanceOf(ApiException.class);
        context.close();
    }

    @Test
    void cachesNothingWhenAClientCannotBeBuilt() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            Connection bad = Connections.cloud(URI.create("https://shop.example.com/rest"),
                    new com.commerceconnectors.connection.OAuth2Auth("client_credentials", "client",
                            com.commerceconnectors.connection.Secret.of("k"), null, null, null, null, null, null));
            ConnectorClients clients = ConnectorClients.of(context);
            assertThatThrownBy(() -> clients.client(bad, this::create)).isInstanceOf(ApiException.class)
                    .hasMessageContaining("auth type 'oauth2' is not supported");
            assertThat(clients.size()).isZero();
        }
    }

    /** Options as a connector's component holds them: a value, equal when its parts are. */
    record Options(int attempts) {
    }

    /** What a connector's {@code Api.create} does: the key from what the endpoint asked for, a client built to match. */
    private static ConnectorClient endpointClient(CamelContext context, Connection connection, SSLContextParameters tls,
                                                  Options options) {
        return ConnectorClients.of(context).client(ClientKey.of(connection, tls, options),
                c -> ConnectorClient.builder().connection(c).platformName("Shop")
                        .sslContext(CamelTls.sslContext(tls, context))
                        .retryPolicy(RetryPolicy.DEFAULT.withMaxAttempts(options.attempts()))
                        .build());
    }

    private static SSLContextParameters trusting(KeyStore trustStore) {
        KeyStoreParameters store = new KeyStoreParameters();
        store.setKeyStore(trustStore);
        store.setPassword("trust-store-password-9");
        TrustManagersParameters trust = new TrustManagersParameters();
        trust.setKeyStore(store);
        SSLContextParameters parameters = new SSLContextParameters();
        parameters.setTrustManagers(trust);
        return parameters;
    }

    @Test
    void endpointsWithAnEqualConnectionButOtherTlsEachGetTheTrustTheyAskedFor() throws Exception {
        Certificates.Identity identity = Certificates.selfSigned(new String[]{"localhost"}, new String[]{"127.0.0.1"});
        try (TestServer https = TestServer.https(identity.serverContext()).route("/rest/V1/x", r -> Reply.json(200, "{}"));
             CamelContext context = new DefaultCamelContext()) {
            context.start();
            Connection shop = Connections.cloud(https.uri("/rest"), Connections.bearer("t1"));
            SSLContextParameters trustingTheServer = trusting(identity.trustStore());

            // the trusting endpoint first: before, its TLS would have won for the other one too
            ConnectorClient trusting = endpointClient(context, shop, trustingTheServer, new Options(1));
            ConnectorClient jvmDefault = endpointClient(context, shop, null, new Options(1));

            assertThat(trusting.send(ApiRequest.get(https.uri("/rest/V1/x"))).status()).isEqualTo(200);
            assertThatThrownBy(() -> jvmDefault.send(ApiRequest.get(https.uri("/rest/V1/x"))))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.category()).isEqualTo(ErrorCategory.TLS));
            assertThat(endpointClient(context, shop, trustingTheServer, new Options(1))).as("the same bean shares")
                    .isSameAs(trusting);
            assertThat(endpointClient(context, shop, trusting(identity.trustStore()), new Options(1)))
                    .as("another SSLContextParameters object is another client").isNotSameAs(trusting);
            assertThat(https.requests()).hasSize(1);
        }
    }

    @Test
    void endpointsWithAnEqualConnectionButOtherRetryOptionsEachRetryAsTheyAskedTo() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        server.route("/rest/V1/flaky", r -> calls.incrementAndGet() < 3
                ? Reply.json(503, "{\"message\":\"busy\"}") : Reply.json(200, "{}"));
        try (CamelContext context = new DefaultCamelContext()) {
            context.start();
            Connection shop = Connections.cloud(server.uri("/rest"), Connections.bearer("t1"));
            ConnectorClient once = endpointClient(context, shop, null, new Options(1));
            ConnectorClient twice = ConnectorClients.of(context).client(ClientKey.of(shop, null, new Options(2)),
                    c -> ConnectorClient.builder().connection(c).platformName("Shop")
                            .retryPolicy(RetryPolicy.DEFAULT.withMaxAttempts(2)).sleeper(d -> { }).build());

            assertThatThrownBy(() -> once.send(ApiRequest.get(server.uri("/rest/V1/flaky")))).isInstanceOf(ApiException.class);
            assertThat(twice.send(ApiRequest.get(server.uri("/rest/V1/flaky"))).status()).isEqualTo(200);
            assertThat(calls).hasValue(3);
            assertThat(ConnectorClients.of(context).size()).isEqualTo(2);
            assertThat(endpointClient(context, shop, null, new Options(1))).isSameAs(once);
        }
    }

    @Test
    void theConnectionAloneIsTheKeyOfTheOldOverload() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.start();
            Connection shop = Connections.cloud(URI.create("https://shop.example.com/rest"), Connections.bearer("t1"));
            ConnectorClients clients = ConnectorClients.of(context);
            ConnectorClient plain = clients.client(shop, this::create);
            assertThat(clients.client(ClientKey.of(shop), this::create)).isSameAs(plain);
            assertThat(clients.client(ClientKey.of(shop, null, new Options(1)), this::create)).isNotSameAs(plain);
        }
    }

    @Test
    void everyClientOfAConnectionObeysOneLatchWhateverItsOptions() throws Exception {
        TokenApi tokens = new TokenApi("admin", "right-pw").mount(server);
        try (CamelContext context = new DefaultCamelContext()) {
            context.start();
            Connection wrong = Connections.cloud(server.uri("/rest"),
                    Connections.requestAuth("admin", "wrong-pw", server.uri(TokenApi.TOKEN_PATH), ""));
            ConnectorClient consumer = endpointClient(context, wrong, null, new Options(1));
            ConnectorClient producer = endpointClient(context, wrong, null, new Options(3));
            assertThat(producer).isNotSameAs(consumer);

            assertThatThrownBy(() -> consumer.send(ApiRequest.get(server.uri(TokenApi.API_PATH)))).isInstanceOf(ApiException.class);
            assertThatThrownBy(() -> producer.send(ApiRequest.get(server.uri(TokenApi.API_PATH))))
                    .isInstanceOf(ApiException.class).hasMessageContaining("Latched since");
            assertThat(server.count(TokenApi.TOKEN_PATH)).isEqualTo(1);
            assertThat(ConnectorClients.of(context).getLatchedConnections()).singleElement()
                    .satisfies(l -> assertThat(l).startsWith("shop since "));

            assertThat(ConnectorClients.of(context).resetAuthLatch("other")).isZero();
            assertThat(ConnectorClients.of(context).resetAuthLatch("shop")).isEqualTo(1);
            assertThatThrownBy(() -> producer.send(ApiRequest.get(server.uri(TokenApi.API_PATH))))
                    .isInstanceOf(ApiException.class).hasMessageNotContaining("Latched");
            assertThat(server.count(TokenApi.TOKEN_PATH)).isEqualTo(2);
            assertThat(tokens.issued()).isZero();
        }
    }

    @Test
    void theRegistrysLatchStoreHoldsTheLatchesSoOneRefusalStopsEveryContextThatSharesIt() throws Exception {
        new TokenApi("admin", "right-pw").mount(server);
        // a store two contexts share, as nodes share one in ZooKeeper: one state per sign-in account
        java.util.Map<String, AuthLatchState> states = new java.util.concurrent.ConcurrentHashMap<>();
        AuthLatchStore shared = c -> states.computeIfAbsent(SignInId.of(c), id -> new InMemoryAuthLatchState(c.name()));
        Connection wrong = Connections.cloud(server.uri("/rest"),
                Connections.requestAuth("admin", "wrong-pw", server.uri(TokenApi.TOKEN_PATH), ""));
        try (CamelContext one = new DefaultCamelContext(); CamelContext two = new DefaultCamelContext()) {
            one.getRegistry().bind("latches", shared);
            two.getRegistry().bind("latches", shared);
            one.start();
            two.start();
            assertThat(ConnectorClients.of(one).authLatches().store()).isSameAs(shared);

            ConnectorClient first = ConnectorClients.of(one).client(wrong, this::create);
            ConnectorClient second = ConnectorClients.of(two).client(wrong, this::create);
            assertThatThrownBy(() -> first.send(ApiRequest.get(server.uri(TokenApi.API_PATH))))
                    .isInstanceOf(ApiException.class).hasMessageNotContaining("Latched");
            assertThatThrownBy(() -> second.send(ApiRequest.get(server.uri(TokenApi.API_PATH))))
                    .isInstanceOf(ApiException.class).hasMessageContaining("Latched since");
            assertThat(server.count(TokenApi.TOKEN_PATH)).isEqualTo(1);
            assertThat(states).hasSize(1);
        }
    }

    @Test
    void withoutALatchStoreInTheRegistryTheLatchesStayInTheContext() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.start();
            assertThat(ConnectorClients.of(context).authLatches().store()).isSameAs(AuthLatchStore.IN_MEMORY);
        }
    }

    @Test
    void theRouteBeanResetsTheNamedConnectionOrAllWhenTheBodyIsEmpty() throws Exception {
        new TokenApi("admin", "right-pw").mount(server);
        try (CamelContext context = new DefaultCamelContext()) {
            context.start();
            for (String name : new String[]{"one", "two"}) {
                Connection c = new Connection(name, com.commerceconnectors.connection.ConnectorType.MAGENTO2,
                        com.commerceconnectors.connection.Mode.CLOUD, null, server.uri("/rest"), null, null,
                        com.commerceconnectors.connection.Timeouts.DEFAULT, com.commerceconnectors.connection.ConnectionPool.DEFAULT,
                        Connections.requestAuth("admin", "wrong-pw", server.uri(TokenApi.TOKEN_PATH), ""));
                ConnectorClient client = endpointClient(context, c, null, new Options(1));
                assertThatThrownBy(() -> client.send(ApiRequest.get(server.uri(TokenApi.API_PATH)))).isInstanceOf(ApiException.class);
            }
            ConnectorClients.AuthLatchReset reset = new ConnectorClients.AuthLatchReset();

            assertThat(reset.reset(" one ", context)).isEqualTo(1);
            assertThat(ConnectorClients.of(context).getLatchedConnections()).singleElement()
                    .satisfies(l -> assertThat(l).startsWith("two "));
            assertThat(reset.reset("", context)).isEqualTo(1);
            assertThat(reset.reset(null, context)).isZero();
            assertThat(ConnectorClients.of(context).getLatchedConnections()).isEmpty();
        }
    }

    @Test
    void theResetsAreManagedOperationsOfTheService() throws Exception {
        assertThat(ConnectorClients.class.getAnnotation(ManagedResource.class)).isNotNull();
        assertThat(ConnectorClients.class.getMethod("resetAuthLatches").getAnnotation(ManagedOperation.class)).isNotNull();
        assertThat(ConnectorClients.class.getMethod("resetAuthLatch", String.class).getAnnotation(ManagedOperation.class))
                .isNotNull();
        assertThat(ConnectorClients.class.getMethod("getLatchedConnections").getAnnotation(ManagedAttribute.class)).isNotNull();
        assertThat(ConnectorClients.AuthLatchReset.class.getMethod("reset", String.class, CamelContext.class)
                .getAnnotation(org.apache.camel.Handler.class)).isNotNull();
    }

    @Test
    void aKeyPrintsNeitherTheTlsSettingsNorTheOptionsContents() {
        Connection shop = Connections.cloud(URI.create("https://shop.example.com/rest"), Connections.bearer("bearer-secret-5"));
        String printed = ClientKey.of(shop, trusting(null), new Options(7)).toString();
        assertThat(printed).doesNotContain("trust-store-password-9").doesNotContain("bearer-secret-5")
                .contains("SSLContextParameters@").contains("options=Options");
    }
}
