package com.commerceconnectors.oro;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.ConnectionLoader;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.sandbox.ManualClock;
import com.commerceconnectors.sandbox.Sandbox;
import com.commerceconnectors.sandbox.log.RecordedRequest;
import com.commerceconnectors.sandbox.oro.OroSandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox's Oro on loopback and a CamelContext whose oro component waits without sleeping and tells time by the
 * sandbox's clock (unless a test gives it another, to be ahead of or behind Oro).
 */
abstract class OroSandboxSupport {

    /** After every seeded record's updatedAt, and in the past, so the server's Date (real time) is later still. */
    static final Instant START = Instant.parse("2024-03-10T08:00:00Z");

    protected Sandbox sandbox;
    protected OroSandbox oro;
    protected ManualClock clock;
    protected CamelContext context;
    protected ProducerTemplate template;
    protected OroComponent component;
    protected final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    protected void startSandbox() throws IOException {
        clock = new ManualClock(START);
        sandbox = Sandbox.builder().clock(clock).start();
        oro = sandbox.oro();
    }

    /** The component tells time by {@code componentClock}: the sandbox's clock, or one that is wrong on purpose. */
    protected void startCamel(Clock componentClock) throws Exception {
        context = new DefaultCamelContext();
        component = new OroComponent();
        component.setSleeper(sleeps::add);
        component.setClock(componentClock);
        context.addComponent("oro", component);
        template = context.createProducerTemplate();
    }

    protected void startCamel() throws Exception {
        startCamel(clock);
    }

    protected Connection wsseConnection() {
        return wsseConnection("oro-wsse", OroSandbox.ADMIN_API_KEY);
    }

    protected Connection wsseConnection(String name, String apiKey) {
        return connection("""
                {"name":"%s","connector":"oro","baseUri":"%s","apiPath":"/admin/api",
                 "auth":{"type":"wsse","username":"%s","apiKey":"%s"}}
                """.formatted(name, oro.baseUri(), OroSandbox.ADMIN_USERNAME, apiKey));
    }

    protected Connection backOfficeOAuthConnection(String apiPath) {
        return connection("""
                {"name":"oro-backoffice","connector":"oro","baseUri":"%s","apiPath":"%s",
                 "auth":{"type":"oauth2","grantType":"client_credentials","clientId":"%s","clientSecret":"%s"}}
                """.formatted(oro.baseUri(), apiPath, OroSandbox.BACKOFFICE_CLIENT_ID, OroSandbox.BACKOFFICE_CLIENT_SECRET));
    }

    protected Connection storefrontPasswordConnection() {
        return connection("""
                {"name":"oro-storefront","connector":"oro","baseUri":"%s","apiPath":"/api",
                 "auth":{"type":"oauth2","grantType":"password","clientId":"%s","clientSecret":"%s",
                         "username":"%s","password":"%s"}}
                """.formatted(oro.baseUri(), OroSandbox.STOREFRONT_CLIENT_ID, OroSandbox.STOREFRONT_CLIENT_SECRET,
                OroSandbox.CUSTOMER_EMAIL, OroSandbox.CUSTOMER_PASSWORD));
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

    /** The requests with this method whose route path starts with {@code prefix} (e.g. /admin/api/products). */
    protected List<RecordedRequest> requests(String method, String prefix) {
        return oro.requests().entries().stream()
                .filter(r -> r.method().equals(method) && r.routePath().startsWith(prefix))
                .toList();
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
