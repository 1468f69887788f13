package com.commerceconnectors.spring.boot;

import com.commerceconnectors.commercelayer.CommerceLayerComponent;
import com.commerceconnectors.sandbox.Sandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * camel.component.commercelayer.* reach the component, and revokeOnShutdown set there revokes the token when the
 * application stops — so this test starts and stops the application itself.
 */
class CommerceLayerStarterTest {

    static final Sandbox SANDBOX = SandboxConnections.start();

    @AfterAll
    static void stop() {
        SANDBOX.close();
    }

    @Test
    void optionsBindAndRevokeOnShutdownRevokesTheTokenWhenTheApplicationStops() {
        Map<String, Object> properties = new LinkedHashMap<>(SandboxConnections.commerceLayer("integration", SANDBOX));
        properties.put("camel.component.commercelayer.retry-max-attempts", "3");
        properties.put("camel.component.commercelayer.revoke-on-shutdown", "true");
        properties.put("camel.component.commercelayer.healthCheckProducerEnabled", "false");
        int revokedBefore = SANDBOX.commerceLayer().revocations();

        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(StarterTestApplication.class)
                .web(WebApplicationType.NONE).properties(properties).run()) {
            CamelContext camel = app.getBean(CamelContext.class);
            CommerceLayerComponent component = camel.getComponent("commercelayer", CommerceLayerComponent.class);
            assertThat(component.getRetryMaxAttempts()).isEqualTo(3);
            assertThat(component.isRevokeOnShutdown()).isTrue();
            assertThat(component.isHealthCheckProducerEnabled()).isFalse();

            Object skus = app.getBean(ProducerTemplate.class)
                    .requestBody("commercelayer:skus?operation=list&pageSize=2", (Object) null);
            assertThat(skus).isInstanceOf(List.class);
            assertThat((List<?>) skus).hasSize(2);
            assertThat(SANDBOX.commerceLayer().revocations()).isEqualTo(revokedBefore);
        }

        assertThat(SANDBOX.commerceLayer().revocations()).isEqualTo(revokedBefore + 1);
    }
}
