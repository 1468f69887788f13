package com.commerceconnectors.kamelets;

import com.commerceconnectors.sandbox.Sandbox;
import com.commerceconnectors.sandbox.commercelayer.CommerceLayerSandbox;
import com.commerceconnectors.sandbox.magento.MagentoSandbox;
import com.commerceconnectors.sandbox.oro.OroSandbox;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Each source and each sink Kamelet in a route against the sandbox, found where Camel looks by default
 * (classpath:kamelets): a source delivers every record of the emulator once, as JSON; a sink's record is on the
 * emulator afterwards.
 */
class KameletRoutesTest {

    private static final int SEEDED = 5;
    private static final ObjectMapper JSON = new ObjectMapper();

    static Sandbox sandbox;

    @TempDir
    Path dir;

    CamelContext camel;
    final List<String> received = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startSandbox() throws Exception {
        sandbox = Sandbox.start();
        sandbox.magento().seedProducts(SEEDED);
        sandbox.oro().seedProducts(SEEDED);
        sandbox.commerceLayer().seedSkus(SEEDED);
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @BeforeEach
    void startCamel() {
        camel = new DefaultCamelContext();
    }

    @AfterEach
    void stopCamel() throws Exception {
        camel.close();
    }

    private static String raw(Object value) {
        return "RAW(" + value + ")";
    }

    private String magentoAuth() {
        return "baseUri=" + raw(sandbox.magentoRestUri()) + "&username=" + MagentoSandbox.ADMIN_USERNAME
                + "&password=" + raw(MagentoSandbox.ADMIN_PASSWORD);
    }

    private String oroAuth() {
        return "baseUri=" + raw(sandbox.oroUri()) + "&apiPath=/admin/api&username=" + OroSandbox.ADMIN_USERNAME
                + "&apiKey=" + raw(OroSandbox.ADMIN_API_KEY);
    }

    private String commerceLayerAuth() {
        return "baseUri=" + raw(sandbox.commerceLayerBaseUri()) + "&clientId=" + CommerceLayerSandbox.INTEGRATION_CLIENT_ID
                + "&clientSecret=" + raw(CommerceLayerSandbox.INTEGRATION_CLIENT_SECRET)
                + "&tokenUri=" + raw(sandbox.commerceLayerAuthUri() + "/oauth/token");
    }

    private void source(String kamelet, String resource, String auth) throws Exception {
        String uri = "kamelet:" + kamelet + "?resource=" + resource + "&" + auth
                + "&stateFile=" + raw(dir.resolve(kamelet + ".state")) + "&delay=600000";
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).process(e -> received.add(e.getMessage().getBody(String.class)));
            }
        });
        camel.start();
        await().atMost(Duration.ofSeconds(60)).until(() -> received.size() >= SEEDED);
    }

    private void sink(String kamelet, String resource, String options) throws Exception {
        String uri = "kamelet:" + kamelet + "?resource=" + resource + "&" + options;
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:in").to(uri);
            }
        });
        camel.start();
    }

    private Set<String> field(String pointer) {
        return received.stream().map(KameletRoutesTest::json).map(n -> n.at(pointer).asText()).collect(Collectors.toSet());
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    @Test
    void magento2SourceDeliversEveryProductOnceAsJson() throws Exception {
        source("magento2-source", "products", "baseUri=" + raw(sandbox.magentoRestUri())
                + "&bearerToken=" + raw(MagentoSandbox.INTEGRATION_TOKEN));

        assertThat(received).hasSize(SEEDED);
        assertThat(field("/sku")).hasSize(SEEDED)
                .isEqualTo(sandbox.magento().products().all().stream().map(p -> p.sku()).collect(Collectors.toSet()));
    }

    @Test
    void magento2SinkUpsertsTheRecordItIsSent() throws Exception {
        sink("magento2-sink", "products", magentoAuth());

        camel.createProducerTemplate().sendBody("direct:in", "{\"sku\":\"KAMELET-1\",\"name\":\"From a Kamelet\",\"price\":9.5}");
        camel.createProducerTemplate().sendBody("direct:in", "{\"sku\":\"KAMELET-1\",\"name\":\"Renamed\",\"price\":9.5}");

        assertThat(sandbox.magento().products().find("KAMELET-1")).hasValueSatisfying(p ->
                assertThat(p.name()).isEqualTo("Renamed"));
    }

    @Test
    void oroSourceDeliversEveryProductOnceAsJson() throws Exception {
        source("oro-source", "products", oroAuth());

        assertThat(received).hasSize(SEEDED);
        assertThat(field("/type")).containsExactly("products");
        assertThat(field("/id")).hasSize(SEEDED);
    }

    @Test
    void oroSinkUpsertsTheRecordByItsKeyAttribute() throws Exception {
        sink("oro-sink", "products", oroAuth() + "&keyAttribute=sku");

        camel.createProducerTemplate().sendBody("direct:in", """
                {"type": "products", "attributes": {"sku": "KAMELET-ORO-1", "names": {"default": "From a Kamelet"}},
                 "relationships": {"owner": {"data": {"type": "users", "id": "1"}}}}""");

        assertThat(sandbox.oro().data().store("products").all())
                .filteredOn(r -> "KAMELET-ORO-1".equals(r.attribute("sku").asText()))
                .hasSize(1);
    }

    @Test
    void commerceLayerSourceDeliversEverySkuOnceAsJson() throws Exception {
        source("commercelayer-source", "skus", commerceLayerAuth());

        assertThat(received).hasSize(SEEDED);
        assertThat(field("/type")).containsExactly("skus");
        assertThat(field("/attributes/code")).hasSize(SEEDED);
    }

    @Test
    void commerceLayerSinkUpsertsTheSkuByItsCode() throws Exception {
        sink("commercelayer-sink", "skus", commerceLayerAuth() + "&keyAttribute=code");

        camel.createProducerTemplate().sendBody("direct:in", "{\"code\":\"KAMELET-CL-1\",\"name\":\"From a Kamelet\"}");
        camel.createProducerTemplate().sendBody("direct:in", "{\"code\":\"KAMELET-CL-1\",\"name\":\"Renamed\"}");

        assertThat(sandbox.commerceLayer().skuByCode("KAMELET-CL-1")).isPresent();
        assertThat(sandbox.commerceLayer().skus()).isEqualTo(SEEDED + 1);
    }
}
