package com.commerceconnectors.kamelets;

import com.commerceconnectors.commercelayer.CommerceLayerComponent;
import com.commerceconnectors.magento2.Magento2Component;
import com.commerceconnectors.oro.OroComponent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged Kamelet definitions: each property is an option of the scheme's endpoint (per its catalog JSON) and
 * is used by the template; exactly the secret options carry {@code format: password} and the credentials
 * descriptor; the dependencies name the connector at this version.
 */
class KameletDefinitionsTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\??([A-Za-z]+)}}");

    @ParameterizedTest(name = "{0}-{1}")
    @CsvSource({"magento2,source", "magento2,sink", "oro,source", "oro,sink", "commercelayer,source",
            "commercelayer,sink"})
    void theDefinitionMatchesTheComponent(String scheme, String kind) throws IOException {
        String name = scheme + "-" + kind;
        JsonNode kamelet = read("kamelets/" + name + ".kamelet.yaml", YAML);
        JsonNode options = catalog(scheme).path("properties");

        assertThat(kamelet.path("kind").asText()).isEqualTo("Kamelet");
        assertThat(kamelet.at("/metadata/name").asText()).isEqualTo(name);
        assertThat(kamelet.at("/metadata/labels/camel.apache.org~1kamelet.type").asText()).isEqualTo(kind);

        JsonNode properties = kamelet.at("/spec/definition/properties");
        assertThat(properties.size()).isGreaterThan(3);
        Set<String> used = placeholders(kamelet.at("/spec/template").toString());
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> p = it.next();
            String option = p.getKey();
            JsonNode catalogOption = options.path(option);
            assertThat(catalogOption.isMissingNode()).as("%s is an endpoint option of %s", option, scheme).isFalse();
            assertThat(used).as("the template uses %s", option).contains(option);
            boolean secret = catalogOption.path("secret").asBoolean();
            JsonNode property = p.getValue();
            assertThat(property.path("title").asText()).isNotBlank();
            assertThat(property.path("description").asText()).isNotBlank();
            if (secret) {
                assertThat(property.path("format").asText()).as("format of %s", option).isEqualTo("password");
                assertThat(property.path("x-descriptors").toString()).as("x-descriptors of %s", option)
                        .contains("urn:camel:group:credentials");
            } else {
                assertThat(property.has("format")).as("%s is no secret", option).isFalse();
                assertThat(property.has("x-descriptors")).as("%s is no secret", option).isFalse();
            }
        }
        assertThat(used).as("every placeholder is a property").isSubsetOf(fieldNames(properties));

        String version = Magento2Component.class.getPackage().getImplementationVersion();
        String dependencies = kamelet.at("/spec/dependencies").toString();
        assertThat(dependencies).contains("mvn:com.commerceconnectors:connector-" + scheme + ":")
                .doesNotContain("${");
        if (version != null) {
            assertThat(dependencies).contains(":" + version);
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new HashSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode catalog(String scheme) throws IOException {
        Class<?> type = switch (scheme) {
            case "magento2" -> Magento2Component.class;
            case "oro" -> OroComponent.class;
            default -> CommerceLayerComponent.class;
        };
        return read("META-INF/" + type.getPackageName().replace('.', '/') + "/" + scheme + ".json", JSON);
    }

    private static JsonNode read(String resource, ObjectMapper mapper) throws IOException {
        try (InputStream in = KameletDefinitionsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return mapper.readTree(in);
        }
    }
}
