package com.commerceconnectors.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.catalog.DefaultCamelCatalog;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Loads the packaged connector jars the way catalogs and tooling find third-party components: component.properties,
 * the component service file, and the component JSON in both places tools look for it.
 */
class CatalogDiscoveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void magento2IsFoundFromItsPackagedJarWithEveryOptionAndSecretsFlagged() throws Exception {
        Properties props = componentProperties("magento2");
        assertThat(props.getProperty("groupId")).isEqualTo("com.commerceconnectors");
        assertThat(props.getProperty("artifactId")).isEqualTo("connector-magento2");
        assertThat(props.getProperty("version")).doesNotContain("${");

        String className = serviceClass("magento2");
        String packagePath = className.substring(0, className.lastIndexOf('.')).replace('.', '/');
        String json = read(packagePath + "/magento2.json");
        assertThat(read("META-INF/" + packagePath + "/magento2.json")).isEqualTo(json);

        DefaultCamelCatalog catalog = new DefaultCamelCatalog();
        catalog.addComponent("magento2", className, json);
        assertThat(catalog.findComponentNames()).contains("magento2");
        JsonNode model = JSON.readTree(catalog.componentJSonSchema("magento2"));
        assertThat(model.at("/component/scheme").asText()).isEqualTo("magento2");
        assertThat(model.at("/component/groupId").asText()).isEqualTo("com.commerceconnectors");

        Map<String, JsonNode> options = new TreeMap<>();
        model.get("properties").fields().forEachRemaining(e -> options.put(e.getKey(), e.getValue()));
        assertThat(options).containsKeys("resource", "operation", "connection", "connectionResource", "storeCode",
                "bearerToken", "password", "proxyPassword", "filter", "pageSize", "since", "stateRepository", "scheduler");
        List<String> secrets = new ArrayList<>();
        options.forEach((name, o) -> {
            if (o.path("secret").asBoolean()) {
                secrets.add(name);
            }
        });
        assertThat(secrets).containsExactlyInAnyOrder("bearerToken", "password", "proxyPassword");
        assertThat(model.get("headers").has("CamelMagento2ResourceKey")).isTrue();

        // the runtime catalog of a CamelContext reads the same metadata from the jar
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            String runtimeJson = context.getComponentParameterJsonSchema("magento2");
            assertThat(runtimeJson).isNotNull();
            assertThat(JSON.readTree(runtimeJson).at("/component/javaType").asText()).isEqualTo(className);
        }

        // secrets in an endpoint URI are masked by Camel's sanitizer
        String uri = "magento2:products?baseUri=https://shop.example/rest&username=ops&password=s3cr3t-Value&bearerToken=abc.def";
        String masked = org.apache.camel.util.URISupport.sanitizeUri(uri);
        assertThat(masked).doesNotContain("s3cr3t-Value").doesNotContain("abc.def");
    }

    private static Properties componentProperties(String scheme) throws IOException {
        for (URL url : java.util.Collections.list(CatalogDiscoveryTest.class.getClassLoader()
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
