package com.commerceconnectors.spring.boot;

import com.commerceconnectors.sandbox.Sandbox;
import com.commerceconnectors.sandbox.magento.MagentoSandbox;
import com.commerceconnectors.sandbox.magento.auth.UserType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With a wrong Magento admin password, /actuator/health/readiness is DOWN (HTTP 503) with the check's details and no
 * secret, and it latches: probing again does not sign in again, so probes cannot lock the admin account.
 */
@SpringBootTest(classes = {StarterTestApplication.class, ReadinessLatchTest.Routes.class},
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "management.endpoint.health.show-details=always")
@DirtiesContext
class ReadinessLatchTest {

    static final String WRONG_PASSWORD = "not-the-admin-password-4711";
    static final Sandbox SANDBOX = SandboxConnections.start();

    @DynamicPropertySource
    static void connection(DynamicPropertyRegistry registry) {
        SandboxConnections.magento2("shop", SANDBOX, WRONG_PASSWORD).forEach((k, v) -> registry.add(k, () -> v));
    }

    @AfterAll
    static void stop() {
        SANDBOX.close();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Routes {
        @Bean
        RouteBuilder productsRoute() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    // a producer endpoint on the connection is enough for its readiness check to exist
                    from("direct:products").to("magento2:products?operation=search");
                }
            };
        }
    }

    @Autowired
    TestRestTemplate http;

    @Test
    void readinessIsDownWithoutSecretsAndLatchesAfterOneRefusedSignIn() throws Exception {
        ResponseEntity<String> first = http.getForEntity("/actuator/health/readiness", String.class);
        ResponseEntity<String> second = http.getForEntity("/actuator/health/readiness", String.class);
        ResponseEntity<String> third = http.getForEntity("/actuator/health/readiness", String.class);

        assertThat(first.getStatusCode().value()).isEqualTo(503);
        JsonNode body = new ObjectMapper().readTree(first.getBody());
        assertThat(body.path("status").asText()).isEqualTo("DOWN");
        JsonNode check = body.at("/components/commerceConnectors/details/checks/magento2-shop");
        assertThat(check.path("state").asText()).isEqualTo("DOWN");
        assertThat(check.path("category").asText()).isEqualTo("AUTHENTICATION");
        assertThat(check.path("latched").asBoolean()).isTrue();

        JsonNode later = new ObjectMapper().readTree(third.getBody())
                .at("/components/commerceConnectors/details/checks/magento2-shop");
        assertThat(second.getStatusCode().value()).isEqualTo(503);
        assertThat(later.path("latched").asBoolean()).isTrue();
        assertThat(later.path("message").asText()).contains("Latched since");
        assertThat(later.path("latchedUntil").asText()).isNotBlank();
        assertThat(SANDBOX.magento().failedLogins(UserType.ADMIN, MagentoSandbox.ADMIN_USERNAME)).isEqualTo(1);

        for (ResponseEntity<String> response : new ResponseEntity[] {first, second, third}) {
            assertThat(response.getBody()).doesNotContain(WRONG_PASSWORD).doesNotContain(MagentoSandbox.ADMIN_PASSWORD);
        }
        // the main health endpoint shows the same contributor
        assertThat(http.getForEntity("/actuator/health", String.class).getBody()).contains("commerceConnectors");
    }
}
