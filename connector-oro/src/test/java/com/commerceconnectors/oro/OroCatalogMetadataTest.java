package com.commerceconnectors.oro;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated component metadata (what catalogs and tooling read) lists every operation, header and secret. */
class OroCatalogMetadataTest {

    private static InputStream open(String resource) {
        InputStream in = OroCatalogMetadataTest.class.getClassLoader().getResourceAsStream(resource);
        assertThat(in).as(resource + " is packaged").isNotNull();
        return in;
    }

    @Test
    void theMetadataListsTheOperationsHeadersSecretsAndHealthOption() throws Exception {
        for (String location : List.of("com/commerceconnectors/oro/oro.json", "META-INF/com/commerceconnectors/oro/oro.json")) {
            JsonNode json;
            try (InputStream in = open(location)) {
                json = new ObjectMapper().readTree(in);
            }
            assertThat(json.at("/component/scheme").asText()).isEqualTo("oro");
            assertThat(json.at("/component/javaType").asText()).isEqualTo(OroComponent.class.getName());
            List<String> operations = new ArrayList<>();
            json.at("/properties/operation/enum").forEach(v -> operations.add(v.asText()));
            assertThat(operations).as(location).containsExactly("list", "get", "create", "update", "delete", "upsert",
                    "raw", "testConnection");
            for (String header : List.of("CamelOroPageNumber", "CamelOroUpperBound", "CamelOroWriteOutcome",
                    "CamelOroTotalCount", "CamelOroWatermark", "CamelOroResourceId")) {
                assertThat(json.at("/headers/" + header).isObject()).as(header).isTrue();
            }
            for (String option : List.of("connection", "stateRepository", "splitRecords", "pageSize", "since",
                    "watermarkField", "apiPath", "include", "fields", "filter", "keyAttribute")) {
                assertThat(json.at("/properties/" + option).isObject()).as(option).isTrue();
            }
            for (String secret : List.of("apiKey", "clientSecret", "password", "bearerToken", "proxyPassword")) {
                assertThat(json.at("/properties/" + secret + "/secret").asBoolean()).as(secret + " is secret").isTrue();
            }
            assertThat(json.at("/properties/username/secret").asBoolean()).isFalse();
            assertThat(json.at("/properties/watermarkField/defaultValue").asText()).isEqualTo("updatedAt");
            assertThat(json.at("/componentProperties/healthCheckConnectionEnabled/defaultValue").asBoolean()).isTrue();
            assertThat(json.at("/properties/stateRepository/description").asText()).contains("handled=true");
        }
    }

    @Test
    void catalogsFindTheComponentAndItsCoordinates() throws Exception {
        Properties p = new Properties();
        try (InputStream in = open("META-INF/services/org/apache/camel/component.properties")) {
            p.load(in);
        }
        assertThat(p.getProperty("components")).isEqualTo("oro");
        assertThat(p.getProperty("groupId")).isEqualTo("com.commerceconnectors");
        assertThat(p.getProperty("artifactId")).isEqualTo("connector-oro");
        try (InputStream in = open("META-INF/services/org/apache/camel/component/oro")) {
            p = new Properties();
            p.load(in);
        }
        assertThat(p.getProperty("class")).isEqualTo(OroComponent.class.getName());
    }
}
