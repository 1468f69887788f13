package com.commerceconnectors.spring.boot;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.core.camel.ConnectionReadinessCheck;
import com.commerceconnectors.oro.OroComponent;
import com.commerceconnectors.sandbox.Sandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** camel.component.oro.* reach the component; the connection is autowired and gets its readiness check. */
@SpringBootTest(classes = StarterTestApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
                "camel.component.oro.retry-max-attempts=1",
                "camel.component.oro.bridge-error-handler=true",
                "camel.component.oro.health-check-consumer-enabled=false"
        })
@DirtiesContext
class OroStarterTest {

    static final Sandbox SANDBOX = SandboxConnections.start();

    @DynamicPropertySource
    static void connection(DynamicPropertyRegistry registry) {
        SandboxConnections.oro("backOffice", SANDBOX).forEach((k, v) -> registry.add(k, () -> v));
    }

    @AfterAll
    static void stop() {
        SANDBOX.close();
    }

    @Autowired
    CamelContext camel;

    @Autowired
    ProducerTemplate producer;

    @Autowired
    Connection backOffice;

    @Test
    void everyOptionSetInPropertiesIsOnTheComponent() {
        OroComponent component = camel.getComponent("oro", OroComponent.class);

        assertThat(component.getRetryMaxAttempts()).isEqualTo(1);
        assertThat(component.isBridgeErrorHandler()).isTrue();
        assertThat(component.isHealthCheckConsumerEnabled()).isFalse();
        assertThat(component.isHealthCheckConnectionEnabled()).isTrue();
        assertThat(component.getRetryMaxAttempts()).isNotEqualTo(new OroComponent().getRetryMaxAttempts());
    }

    @Test
    void anEndpointWithoutAConnectionOptionUsesTheOnlyConnectionBeanAndItsCheckIsUp() {
        Object body = producer.requestBody("oro:products?operation=list&pageSize=2", (Object) null);

        assertThat(body).isInstanceOf(List.class);
        assertThat((List<?>) body).hasSize(2);
        HealthCheck check = HealthCheckRegistry.get(camel).getCheck("oro-backOffice").orElseThrow();
        assertThat(check).isInstanceOf(ConnectionReadinessCheck.class);
        assertThat(check.call().getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(backOffice.name()).isEqualTo("backOffice");
    }
}
