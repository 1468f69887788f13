package com.commerceconnectors.commercelayer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated component metadata (what catalogs and tooling read) lists every option and header, secrets flagged. */
class CommerceLayerCatalogMetadataTest {

    private static InputStream resource(String name) {
        InputStream in = CommerceLayerCatalogMetadataTest.class.getClassLoader().getResourceAsStream(name);
        assertThat(in).as(name + " is generated into the classes").isNotNull();
        return in;
    }

    @Test
    void theMetadataDescribesOperationsHeadersOptionsAndSecrets() throws Exception {
        for (String location : List.of("com/commerceconnectors/commercelayer/commercelayer.json",
                "META-INF/com/commerceconnectors/commercelayer/commercelayer.json")) {
            JsonNode json;
            try (InputStream in = resource(location)) {
                json = new ObjectMapper().readTree(in);
            }
            assertThat(json.at("/component/scheme").asText()).isEqualTo("commercelayer");
            List<String> operations = new ArrayList<>();
            json.at("/properties/operation/enum").forEach(v -> operations.add(v.asText()));
            assertThat(operations).as(location).containsExactly("list", "get", "create", "update", "delete", "upsert",
                    "raw", "testConnection", "revokeToken");
            for (String header : List.of("CamelCommerceLayerPageNumber", "CamelCommerceLayerUpperBound",
                    "CamelCommerceLayerWriteOutcome", "CamelCommerceLayerWatermark", "CamelCommerceLayerResourceId")) {
                assertThat(json.at("/headers/" + header).isObject()).as(header).isTrue();
            }
            for (String option : List.of("connection", "stateRepository", "splitRecords", "pageSize", "since", "grantType",
                    "scope", "tokenUri", "baseUri", "include", "fields", "filter", "keyAttribute")) {
                assertThat(json.at("/properties/" + option).isObject()).as(option).isTrue();
            }
            assertThat(json.at("/properties/pageSize/defaultValue").asInt()).isEqualTo(25);
            assertThat(json.at("/componentProperties/revokeOnShutdown/defaultValue").asBoolean()).isFalse();
            assertThat(json.at("/componentProperties/healthCheckConnectionEnabled/defaultValue").asBoolean()).isTrue();
            for (String secret : List.of("clientSecret", "password", "refreshToken", "assertionToken", "bearerToken",
                    "proxyPassword")) {
                assertThat(json.at("/properties/" + secret + "/secret").asBoolean()).as(secret + " is secret").isTrue();
            }
        }
    }

    @Test
    void catalogsFindTheComponentByItsProperties() throws Exception {
        Properties p = new Properties();
        try (InputStream in = resource("META-INF/services/org/apache/camel/component.properties")) {
            p.load(in);
        }
        assertThat(p.getProperty("components")).isEqualTo("commercelayer");
        assertThat(p.getProperty("artifactId")).isEqualTo("connector-commercelayer");
        assertThat(p.getProperty("version")).doesNotContain("${");
    }
}
