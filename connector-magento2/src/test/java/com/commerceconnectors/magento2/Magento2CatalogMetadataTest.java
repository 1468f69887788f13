package com.commerceconnectors.magento2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated component metadata (what catalogs and tooling read) describes the writes and the readiness check. */
class Magento2CatalogMetadataTest {

    private static JsonNode metadata(String resource) throws Exception {
        try (InputStream in = Magento2CatalogMetadataTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource + " is generated into the classes").isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void theMetadataListsTheWriteOperationsTheirHeadersAndTheHealthOption() throws Exception {
        for (String location : List.of("com/commerceconnectors/magento2/magento2.json",
                "META-INF/com/commerceconnectors/magento2/magento2.json")) {
            JsonNode json = metadata(location);
            List<String> operations = new ArrayList<>();
            json.at("/properties/operation/enum").forEach(v -> operations.add(v.asText()));
            assertThat(operations).as(location).contains("create", "update", "delete", "upsert", "get", "search");
            assertThat(json.at("/properties/operation/description").asText()).contains("upsert").contains("'all'");
            assertThat(json.at("/headers/CamelMagento2WriteOutcome/description").asText()).contains("created");
            assertThat(json.at("/headers/CamelMagento2InvalidFields").isObject()).isTrue();
            assertThat(json.at("/componentProperties/healthCheckConnectionEnabled/defaultValue").asBoolean()).isTrue();
            assertThat(json.at("/properties/stateRepository/description").asText()).contains("handled=true");
            for (String secret : List.of("password", "bearerToken", "proxyPassword")) {
                assertThat(json.at("/properties/" + secret + "/secret").asBoolean()).as(secret + " is secret").isTrue();
            }
        }
    }
}
