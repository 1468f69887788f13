package com.commerceconnectors.kamelets;

import com.commerceconnectors.sandbox.Sandbox;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Each source and each sink Kamelet, found by the kamelet component at classpath:kamelets, in a route against the
 * sandbox: a source exports every record of its resource once, as JSON; a sink writes a JSON record.
 */
class KameletRoutesTest {

    static final Sandbox SANDBOX = KameletSandbox.start();

    @AfterAll
    static void stop() {
        SANDBOX.close();
    }

    @ParameterizedTest(name = "{0}-source")
    @ValueSource(strings = {"magento2", "oro", "commercelayer"})
    void theSourceExportsEveryRecordOnceAsJson(String scheme, @TempDir Path dir) throws Exception {
        List<String> bodies = new CopyOnWriteArrayList<>();
        Map<String, String> properties = KameletSandbox.connection(scheme, SANDBOX);
        properties.put("stateFile", dir.resolve("watermarks.dat").toString());
        // the records were seeded just now: take them on the first run instead of waiting for them to settle
        properties.put("settleTime", "0");
        String uri = "kamelet:" + scheme + "-source?" + query(properties);
        int expected = KameletSandbox.records(scheme, SANDBOX);

        try (CamelContext camel = new DefaultCamelContext()) {
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(uri).routeId("export").process(e -> bodies.add(e.getMessage().getBody(String.class)));
                }
            });
            camel.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> bodies.size() >= expected);
        }

        assertThat(bodies).hasSize(expected);
        ObjectMapper json = new ObjectMapper();
        long distinct = bodies.stream().map(b -> {
            try {
                JsonNode record = json.readTree(b);
                assertThat(record.isObject()).isTrue();
                return record.has("sku") ? record.get("sku").asText() : record.path("id").asText();
            } catch (Exception e) {
                throw new AssertionError("not a JSON record: " + b, e);
            }
        }).distinct().count();
        assertThat(distinct).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}-sink")
    @ValueSource(strings = {"magento2", "oro", "commercelayer"})
    void theSinkWritesTheRecordOfEachMessage(String scheme) throws Exception {
        int before = KameletSandbox.records(scheme, SANDBOX);
        String uri = "kamelet:" + scheme + "-sink?" + query(KameletSandbox.connection(scheme, SANDBOX));

        try (CamelContext camel = new DefaultCamelContext()) {
            camel.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:in").to(uri);
                }
            });
            camel.start();
            try (var producer = camel.createProducerTemplate()) {
                producer.sendBody("direct:in", KameletSandbox.newRecord(scheme, 1));
                producer.sendBody("direct:in", KameletSandbox.newRecord(scheme, 2));
                // the default operation is upsert: the same record again updates instead of creating a twin
                producer.sendBody("direct:in", KameletSandbox.newRecord(scheme, 2));
            }
        }

        assertThat(KameletSandbox.records(scheme, SANDBOX)).isEqualTo(before + 2);
    }

    /** Kamelet properties as URI parameters, every value RAW so that secrets need no escaping. */
    static String query(Map<String, String> properties) {
        return properties.entrySet().stream().map(e -> e.getKey() + "=RAW(" + e.getValue() + ")")
                .collect(Collectors.joining("&"));
    }
}
