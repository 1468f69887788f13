package com.commerceconnectors.spring.boot;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.ConnectionPool;
import com.commerceconnectors.connection.ConnectorType;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inline connection fields as a properties file writes them: kebab-case keys become the document's names, and a
 * blank value ({@code ${CL_BASE_URI:}} with the variable unset) leaves an optional field out.
 */
class InlineConnectionFieldsTest {

    @Test
    void aBlankBaseUriIsLeftOutSoCommerceLayerDerivesItFromTheToken() {
        Map<String, Object> properties = Map.of(
                "commerce.connections.catalog.connector", "commercelayer",
                "commerce.connections.catalog.base-uri", "",
                "commerce.connections.catalog.timeouts.read-ms", "15000",
                "commerce.connections.catalog.pool.max-connections-per-host", "16",
                "commerce.connections.catalog.auth.type", "oauth2",
                "commerce.connections.catalog.auth.grant-type", "client_credentials",
                "commerce.connections.catalog.auth.client-id", "an-integration",
                "commerce.connections.catalog.auth.client-secret", "its-secret");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(StarterTestApplication.class)
                .web(WebApplicationType.NONE).properties(properties).run()) {
            Connection catalog = app.getBean("catalog", Connection.class);

            assertThat(catalog.connector()).isEqualTo(ConnectorType.COMMERCELAYER);
            assertThat(catalog.name()).isEqualTo("catalog");
            assertThat(catalog.baseUri()).isNull();
            assertThat(catalog.timeouts().read().toMillis()).isEqualTo(15000);
            assertThat(catalog.pool()).isEqualTo(new ConnectionPool(16, 32));
        }
    }
}
