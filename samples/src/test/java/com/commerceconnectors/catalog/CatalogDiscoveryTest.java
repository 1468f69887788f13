package com.commerceconnectors.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.catalog.DefaultCamelCatalog;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.util.URISupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loads the packaged connector jars the way catalogs and tooling find third-party components: component.properties,
 * the component service file, the component JSON in both places tools look for it, and the connection JSON Schema
 * beside it; then camel-catalog's addComponent and a CamelContext's runtime catalog.
 */
class CatalogDiscoveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> components() {
        return Stream.of(
                Arguments.of("magento2", "connector-magento2",
                        List.of("resource", "operation", "connection", "connectionResource", "storeCode", "bearerToken",
                                "password", "proxyPassword", "filter", "pageSize", "since", "stateRepository", "scheduler"),
                        List.of("bearerToken", "password", "proxyPassword"), "CamelMagento2ResourceKey"),
                Arguments.of("oro", "connector-oro",
                        List.of("resource", "operation", "connection", "connectionResource", "apiPath", "username",
                                "apiKey", "clientId", "clientSecret", "password", "bearerToken", "proxyPassword", "filter",
                                "sort", "include", "fields", "pageSize", "since", "stateRepository", "keyAttribute",
                                "scheduler"),
                        List.of("apiKey", "clientSecret", "password", "bearerToken", "proxyPassword"), "CamelOroResourceId"),
                Arguments.of("commercelayer", "connector-commercelayer",
                        List.of("resource", "operation", "connection", "connectionResource", "clientId", "clientSecret",
                                "scope", "grantType", "username", "password", "refreshToken", "assertionToken", "tokenUri",
                                "bearerToken", "proxyPassword", "filter", "sort", "include", "fields", "pageSize", "since",
                                "stateRepository", "keyAttribute", "scheduler"),
                        List.of("clientSecret", "password", "refreshToken", "assertionToken", "bearerToken", "proxyPassword"),
                        "CamelCommerceLayerResourceId"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("components")
    void eachComponentIsFoundFromItsPackagedJarWithEveryOptionAndSecretsFlagged(String scheme, String artifactId,
            List<String> options, List<String> secrets, String header) throws Exception {
        Properties props = componentProperties(scheme);
        assertThat(props.getProperty("groupId")).isEqualTo("com.commerceconnectors");
        assertThat(props.getProperty("artifactId")).isEqualTo(artifactId);
        assertThat(props.getProperty("version")).doesNotContain("${");

        String className = serviceClass(scheme);
        String packagePath = className.substring(0, className.lastIndexOf('.')).replace('.', '/');
        String json = read(packagePath + "/" + scheme + ".json");
        assertThat(read("META-INF/" + packagePath + "/" + scheme + ".json")).isEqualTo(json);
        // the connection document's schema, published beside the component metadata, is the schema itself
        assertThat(read(packagePath + "/connection.schema.json"))
                .isEqualTo(Files.readString(Path.of("..", "connection-schema", "connection.schema.json")));

        DefaultCamelCatalog catalog = new DefaultCamelCatalog();
        catalog.addComponent(scheme, className, json);
        assertThat(catalog.findComponentNames()).contains(scheme);
        JsonNode model = JSON.readTree(catalog.componentJSonSchema(scheme));
        assertThat(model.at("/component/scheme").asText()).isEqualTo(scheme);
        assertThat(model.at("/component/groupId").asText()).isEqualTo("com.commerceconnectors");
        assertThat(model.at("/component/description").asText()).doesNotContain("{@").doesNotContain("{code");

        Map<String, JsonNode> found = new TreeMap<>();
        model.get("properties").fields().forEachRemaining(e -> found.put(e.getKey(), e.getValue()));
        assertThat(found).containsKeys(options.toArray(String[]::new));
        List<String> flagged = new ArrayList<>();
        found.forEach((name, o) -> {
            if (o.path("secret").asBoolean()) {
                flagged.add(name);
            }
        });
        assertThat(flagged).containsExactlyInAnyOrderElementsOf(secrets);
        assertThat(model.get("headers").has(header)).isTrue();

        // the runtime catalog of a CamelContext reads the same metadata from the jar
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            String runtimeJson = context.getComponentParameterJsonSchema(scheme);
            assertThat(runtimeJson).isNotNull();
            assertThat(JSON.readTree(runtimeJson).at("/component/javaType").asText()).isEqualTo(className);
        }

        // every secret option in an endpoint URI is masked by Camel's sanitizer
        StringBuilder uri = new StringBuilder(scheme + ":things?baseUri=https://x.example");
        for (String secret : secrets) {
            uri.append('&').append(secret).append("=s3cr3t-").append(secret);
        }
        String masked = URISupport.sanitizeUri(uri.toString());
        for (String secret : secrets) {
            assertThat(masked).as(secret).doesNotContain("s3cr3t-" + secret);
        }
    }

    private static Properties componentProperties(String scheme) throws IOException {
        for (URL url : Collections.list(CatalogDiscoveryTest.class.getClassLoader()
                .getResources("META-INF/services/org/apache/camel/component.properties"))) {
            Properties p = new Properties();
            try (InputStream in = url.openStream()) {
                p.load(in);
            }
            if (List.of(p.getProperty("components", "").split("\\s+")).contains(scheme)) {
                assertThat(url.getProtocol()).as("loaded from a packaged jar").isEqualTo("jar");
                return p;
            }
        }
        throw new AssertionError("no component.properties lists " + scheme);
    }

    private static String serviceClass(String scheme) throws IOException {
        Properties p = new Properties();
        try (InputStream in = CatalogDiscoveryTest.class.getClassLoader()
                .getResourceAsStream("META-INF/services/org/apache/camel/component/" + scheme)) {
            assertThat(in).as("component service file of " + scheme).isNotNull();
            p.load(in);
        }
        return p.getProperty("class");
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = CatalogDiscoveryTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
