package com.commerceconnectors.spring.boot;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.core.camel.ConnectionReadinessCheck;
import com.commerceconnectors.magento2.Magento2Component;
import com.commerceconnectors.sandbox.Sandbox;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.health.HealthCheckRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** camel.component.magento2.* reach the component, and a connection from commerce.connections reads the sandbox. */
@SpringBootTest(classes = {StarterTestApplication.class, Magento2StarterTest.Beans.class},
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
                "camel.component.magento2.retry-max-attempts=2",
                "camel.component.magento2.health-check-connection-enabled=false",
                "camel.component.magento2.lazy-start-producer=true",
                "camel.component.magento2.connection=#shop",
                "camel.component.magento2.clock=#testClock"
        })
@DirtiesContext
class Magento2StarterTest {

    static final Sandbox SANDBOX = SandboxConnections.start();

    @DynamicPropertySource
    static void connection(DynamicPropertyRegistry registry) {
        SandboxConnections.magento2("shop", SANDBOX).forEach((k, v) -> registry.add(k, () -> v));
    }

    @AfterAll
    static void stop() {
        SANDBOX.close();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Beans {
        @Bean
        Clock testClock() {
            return Clock.systemUTC();
        }
    }

    @Autowired
    CamelContext camel;

    @Autowired
    ProducerTemplate producer;

    @Autowired
    Connection shop;

    @Autowired
    Clock testClock;

    @Test
    void everyOptionSetInPropertiesIsOnTheComponent() {
        Magento2Component component = camel.getComponent("magento2", Magento2Component.class);

        assertThat(component.getRetryMaxAttempts()).isEqualTo(2);
        assertThat(component.isHealthCheckConnectionEnabled()).isFalse();
        assertThat(component.isLazyStartProducer()).isTrue();
        assertThat(component.getConnection()).isSameAs(shop);
        assertThat(component.getClock()).isSameAs(testClock);
        // untouched options keep the catalog's defaults
        assertThat(component.isAutowiredEnabled()).isTrue();
        assertThat(component.isBridgeErrorHandler()).isFalse();
    }

    @Test
    void theConnectionBeanReadsTheSandboxAndNoReadinessCheckIsRegisteredWhenSwitchedOff() {
        assertThat(shop.name()).isEqualTo("shop");

        Object body = producer.requestBody("magento2:products?operation=search&pageSize=3", (Object) null);

        assertThat(body).isInstanceOf(List.class);
        assertThat((List<?>) body).hasSize(3);
        assertThat(HealthCheckRegistry.get(camel).stream().filter(ConnectionReadinessCheck.class::isInstance))
                .isEmpty();
    }
}
