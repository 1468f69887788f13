package com.commerceconnectors.commercelayer;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.ConnectionLoader;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.sandbox.ManualClock;
import com.commerceconnectors.sandbox.Sandbox;
import com.commerceconnectors.sandbox.commercelayer.CommerceLayerSandbox;
import com.commerceconnectors.sandbox.log.RecordedRequest;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.commerceconnectors.sandbox.commercelayer.CommerceLayerSandbox.CUSTOMER_EMAIL;
import static com.commerceconnectors.sandbox.commercelayer.CommerceLayerSandbox.CUSTOMER_PASSWORD;
import static com.commerceconnectors.sandbox.commercelayer.CommerceLayerSandbox.INTEGRATION_CLIENT_ID;
import static com.commerceconnectors.sandbox.commercelayer.CommerceLayerSandbox.INTEGRATION_CLIENT_SECRET;
import static com.commerceconnectors.sandbox.commercelayer.CommerceLayerSandbox.SALES_CHANNEL_CLIENT_ID;
import static com.commerceconnectors.sandbox.commercelayer.CommerceLayerSandbox.SALES_CHANNEL_SCOPE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sandbox organization on loopback and a CamelContext whose commercelayer component tells time by the sandbox's
 * clock; waiting between retries moves that clock on instead of sleeping, so rate-limit windows and token expiry pass
 * exactly as the back-off says, without real waiting.
 */
abstract class SandboxCamelSupport {

    static final Instant START = Instant.parse("2024-03-05T08:00:00Z");

    protected Sandbox sandbox;
    protected CommerceLayerSandbox cl;
    protected ManualClock clock;
    protected CamelContext context;
    protected CommerceLayerComponent component;
    protected ProducerTemplate template;
    protected final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    protected void startSandbox() throws IOException {
        clock = new ManualClock(START);
        sandbox = Sandbox.builder().clock(clock).start();
        cl = sandbox.commerceLayer();
    }

    protected void startCamel() {
        context = new DefaultCamelContext();
        component = new CommerceLayerComponent();
        component.setSleeper(d -> {
            sleeps.add(d);
            clock.advance(d);
        });
        component.setClock(clock);
        context.addComponent("commercelayer", component);
        template = context.createProducerTemplate();
        context.start();
    }

    protected String tokenUri() {
        return sandbox.commerceLayerAuthUri() + "/oauth/token";
    }

    /** The integration application (client credentials), with the sandbox's baseUri. */
    protected Connection integration() {
        return connection("""
                {"name":"cl-integration","connector":"commercelayer","baseUri":"%s",
                 "auth":{"type":"oauth2","grantType":"client_credentials","clientId":"%s","clientSecret":"%s",
                         "tokenUri":"%s"}}
                """.formatted(sandbox.commerceLayerBaseUri(), INTEGRATION_CLIENT_ID, INTEGRATION_CLIENT_SECRET, tokenUri()));
    }

    /** The public sales channel (client credentials with a market scope). */
    protected Connection salesChannel() {
        return connection("""
                {"name":"cl-sales-channel","connector":"commercelayer","baseUri":"%s",
                 "auth":{"type":"oauth2","grantType":"client_credentials","clientId":"%s","scope":"%s","tokenUri":"%s"}}
                """.formatted(sandbox.commerceLayerBaseUri(), SALES_CHANNEL_CLIENT_ID, SALES_CHANNEL_SCOPE, tokenUri()));
    }

    /** The sales channel's customer login (password grant). */
    protected Connection customer() {
        return connection("""
                {"name":"cl-customer","connector":"commercelayer","baseUri":"%s",
                 "auth":{"type":"oauth2","grantType":"password","clientId":"%s","scope":"%s",
                         "username":"%s","password":"%s","tokenUri":"%s"}}
                """.formatted(sandbox.commerceLayerBaseUri(), SALES_CHANNEL_CLIENT_ID, SALES_CHANNEL_SCOPE, CUSTOMER_EMAIL,
                CUSTOMER_PASSWORD, tokenUri()));
    }

    protected static Connection connection(String json) {
        return new ConnectionLoader().parse(json, "test");
    }

    /** Sends a body with headers and returns the exchange, failed or not (nothing is thrown). */
    protected Exchange send(String uri, Object body, Map<String, Object> headers) {
        return template.request(uri, e -> {
            e.getMessage().setBody(body);
            headers.forEach(e.getMessage()::setHeader);
        });
    }

    /** The exchange's failure, which must be the connector's ApiException. */
    protected static ApiException failure(Exchange exchange) {
        assertThat(exchange.getException()).as("the exchange failed").isInstanceOf(ApiException.class);
        return (ApiException) exchange.getException();
    }

    /** Requests that reached the core API (not the auth server), with their statuses. */
    protected List<RecordedRequest> apiRequests() {
        return cl.requests().matching(r -> r.path().contains("/api/"));
    }

    @AfterEach
    void stopAll() {
        if (context != null) {
            context.stop();
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }
}
