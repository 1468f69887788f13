package com.commerceconnectors.core.camel;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.http.ApiRequest;
import com.commerceconnectors.core.http.ConnectorClient;
import com.commerceconnectors.core.testing.Connections;
import com.commerceconnectors.core.testing.Reply;
import com.commerceconnectors.core.testing.TestServer;
import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
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
}
