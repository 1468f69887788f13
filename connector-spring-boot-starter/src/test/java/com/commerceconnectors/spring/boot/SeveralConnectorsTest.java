package com.commerceconnectors.spring.boot;

import com.commerceconnectors.sandbox.Sandbox;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Connections of three connectors in one application: an endpoint without a connection option uses the one whose
 * connector is its scheme (autowiring by type alone would find three and give up).
 */
@SpringBootTest(classes = StarterTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext
class SeveralConnectorsTest {

    static final Sandbox SANDBOX = SandboxConnections.start();

    @DynamicPropertySource
    static void connections(DynamicPropertyRegistry registry) {
        SandboxConnections.magento2("shop", SANDBOX).forEach((k, v) -> registry.add(k, () -> v));
        SandboxConnections.oro("crm", SANDBOX).forEach((k, v) -> registry.add(k, () -> v));
        SandboxConnections.commerceLayer("catalog", SANDBOX).forEach((k, v) -> registry.add(k, () -> v));
    }

    @AfterAll
    static void stop() {
        SANDBOX.close();
    }

    @Autowired
    ProducerTemplate producer;

    @Test
    void eachSchemeUsesTheConnectionOfItsConnector() {
        assertThat(test("magento2:store")).containsEntry("ok", true).containsEntry("connector", "magento2");
        assertThat(test("oro:products")).containsEntry("ok", true).containsEntry("connector", "oro");
        assertThat(test("commercelayer:skus")).containsEntry("ok", true).containsEntry("connector", "commercelayer");
        Object products = producer.requestBody("oro:products?operation=list&pageSize=1", (Object) null);
        assertThat((List<?>) products).hasSize(1);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> test(String uri) {
        return producer.requestBody(uri + "?operation=testConnection", null, Map.class);
    }
}
