package com.commerceconnectors.magento2;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.ConnectionLoader;
import com.commerceconnectors.sandbox.ManualClock;
import com.commerceconnectors.sandbox.Sandbox;
import com.commerceconnectors.sandbox.magento.MagentoSandbox;
import com.commerceconnectors.core.error.ApiException;
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
 * A sandbox store on loopback and a CamelContext whose magento2 component waits without sleeping and tells time by a
 * clock the test controls.
 */
abstract class SandboxCamelSupport {

    /** In the past, so the server's Date header (real time) is always later than any record's updated_at. */
    static final Instant START = Instant.parse("2024-03-01T08:00:00Z");

    protected Sandbox sandbox;
    protected MagentoSandbox magento;
    protected ManualClock clock;
    protected CamelContext context;
    protected ProducerTemplate template;
    protected final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    protected void startSandbox() throws IOException {
        clock = new ManualClock(START);
        sandbox = Sandbox.builder().clock(clock).start();
        magento = sandbox.magento();
    }

    protected void startCamel() throws Exception {
        context = new DefaultCamelContext();
        Magento2Component component = new Magento2Component();
        component.setSleeper(d -> sleeps.add(d));
        component.setClock(clock);
        context.addComponent("magento2", component);
        template = context.createProducerTemplate();
    }

    protected void startCamelContext() {
        context.start();
    }

    protected Connection adminConnection() {
        return connection("""
                {"name":"shop","connector":"magento2","baseUri":"%s",
                 "auth":{"type":"requestAuth","username":"%s","password":"%s"}}
                """.formatted(magento.restUri(), MagentoSandbox.ADMIN_USERNAME, MagentoSandbox.ADMIN_PASSWORD));
    }

    protected Connection bearerConnection() {
        return connection("""
                {"name":"shop-bearer","connector":"magento2","baseUri":"%s",
                 "auth":{"type":"bearer","token":"%s"}}
                """.formatted(magento.restUri(), MagentoSandbox.INTEGRATION_TOKEN));
    }

    /** An admin connection whose password Magento refuses. */
    protected Connection wrongPasswordConnection(String name, String password) {
        return connection("""
                {"name":"%s","connector":"magento2","baseUri":"%s",
                 "auth":{"type":"requestAuth","username":"%s","password":"%s"}}
                """.formatted(name, magento.restUri(), MagentoSandbox.ADMIN_USERNAME, password));
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

    /** How many requests with this method reached a route path starting with {@code routePrefix}. */
    protected long requests(String method, String routePrefix) {
        return magento.requests().entries().stream()
                .filter(r -> r.method().equals(method) && r.routePath().startsWith(routePrefix))
                .count();
    }

    protected Clock clock() {
        return clock;
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
