package com.commerceconnectors.spring.boot;

import com.commerceconnectors.oro.OroComponent;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camel Spring Boot's switches work as for Camel's own starters: {@code camel.component.<scheme>.customizer.enabled}
 * is a known key, and with false the component keeps the catalog's defaults.
 */
class CustomizerSwitchTest {

    @Test
    void withTheCustomizerSwitchedOffTheComponentKeepsItsDefaults() {
        int catalogDefault = new OroComponent().getRetryMaxAttempts();
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(StarterTestApplication.class)
                .web(WebApplicationType.NONE)
                .properties(Map.of("camel.component.oro.customizer.enabled", "false",
                        "camel.component.oro.retry-max-attempts", "1"))
                .run()) {
            OroComponent component = app.getBean(CamelContext.class).getComponent("oro", OroComponent.class);

            assertThat(component.getRetryMaxAttempts()).isEqualTo(catalogDefault).isNotEqualTo(1);
        }
    }
}
