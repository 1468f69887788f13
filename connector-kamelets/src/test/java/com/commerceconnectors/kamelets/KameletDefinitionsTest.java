package com.commerceconnectors.kamelets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each Kamelet as packaged under kamelets/: its properties are options of its connector's endpoint, exactly the
 * catalog's secret options carry {@code format: password} and the credentials descriptor (as in the connection
 * schema), every property is used by the template and every template placeholder is a property, and
 * spec.dependencies names the connector at this version.
 */
class KameletDefinitionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\??([A-Za-z0-9]+)}}");

    @ParameterizedTest(name = "{0}-{1}")
    @CsvSource({ "magento2,source", "magento2,sink", "oro,source", "oro,sink", "commercelayer,source", "commercelayer,sink" })
    void theKameletMatchesItsConnectorsCatalog(String scheme, String type) throws IOException {
        String name = scheme + "-" + type;
        JsonNode kamelet = read("kamelets/" + name + ".kamelet.yaml", new YAMLMapper());
        JsonNode catalog = read("META-INF/com/commerceconnectors/" + scheme + "/" + scheme + ".json", JSON)
                .path("properties");

        assertThat(kamelet.path("kind").asText()).isEqualTo("Kamelet");
        assertThat(kamelet.at("/metadata/name").asText()).isEqualTo(name);
        assertThat(kamelet.at("/metadata/labels/camel.apache.org~1kamelet.type").asText()).isEqualTo(type);
        Set<String> dependencies = new LinkedHashSet<>();
        kamelet.at("/spec/dependencies").forEach(d -> dependencies.add(d.asText()));
        assertThat(dependencies).contains("camel:kamelet",
                "mvn:com.commerceconnectors:connector-" + scheme + ":" + System.getProperty("project.version"));

        JsonNode properties = kamelet.at("/spec/definition/properties");
        Set<String> declared = new LinkedHashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            String option = property.getKey();
            declared.add(option);
            assertThat(catalog.has(option)).as("%s: %s is an endpoint option of %s", name, option, scheme).isTrue();
            boolean secret = catalog.path(option).path("secret").asBoolean();
            JsonNode p = property.getValue();
            assertThat(p.path("format").asText().equals("password")).as("%s: format password on %s", name, option)
                    .isEqualTo(secret);
            assertThat(p.path("x-descriptors").toString().contains("urn:camel:group:credentials"))
                    .as("%s: credentials descriptor on %s", name, option).isEqualTo(secret);
            assertThat(p.path("description").asText()).as("%s: description of %s", name, option).isNotBlank();
        }
        assertThat(kamelet.at("/spec/definition/required").toString()).contains("\"resource\"");

        Set<String> used = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(kamelet.at("/spec/template").toString());
        while (m.find()) {
            used.add(m.group(1));
        }
        assertThat(used).as("%s: placeholders of the template", name).containsExactlyInAnyOrderElementsOf(declared);
    }

    private static JsonNode read(String resource, ObjectMapper mapper) throws IOException {
        try (InputStream in = KameletDefinitionsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the class path").isNotNull();
            return mapper.readTree(in);
        }
    }
}
