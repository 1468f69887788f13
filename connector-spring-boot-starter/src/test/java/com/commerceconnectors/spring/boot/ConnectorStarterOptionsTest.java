package com.commerceconnectors.spring.boot;

import com.commerceconnectors.commercelayer.CommerceLayerComponent;
import com.commerceconnectors.magento2.Magento2Component;
import com.commerceconnectors.oro.OroComponent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Component;
import org.junit.jupiter.params.ParameterizedTest;
import org.springframework.boot.convert.DurationStyle;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The starter covers every component option of each scheme, as the connector's packaged catalog JSON lists them,
 * with the catalog's default and a description in the generated spring-configuration-metadata.json; and it has no
 * option the catalog lacks. An option added to a component fails this test until the starter has it.
 */
class ConnectorStarterOptionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> schemes() {
        return Stream.of(
                Arguments.of("magento2", Magento2Component.class, new Magento2ComponentProperties()),
                Arguments.of("oro", OroComponent.class, new OroComponentProperties()),
                Arguments.of("commercelayer", CommerceLayerComponent.class, new CommerceLayerComponentProperties()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("schemes")
    void everyCatalogOptionIsAStarterPropertyWithTheCatalogsDefaultAndADescription(
            String scheme, Class<? extends Component> type, ConnectorComponentProperties properties) throws IOException {
        Map<String, JsonNode> catalog = catalogOptions(scheme, type);
        Map<String, JsonNode> metadata = metadataProperties("camel.component." + scheme + ".");
        assertThat(catalog).isNotEmpty();

        for (Map.Entry<String, JsonNode> option : catalog.entrySet()) {
            String key = kebab(option.getKey());
            assertThat(metadata).as("camel.component.%s.%s in the metadata", scheme, key).containsKey(key);
            JsonNode property = metadata.get(key);
            // the catalog's description first; the starter may add a sentence (e.g. how to write a bean reference)
            assertThat(words(property.path("description").asText())).as("description of %s", key)
                    .startsWith(words(option.getValue().path("description").asText()));
            JsonNode catalogDefault = option.getValue().get("defaultValue");
            if (catalogDefault != null) {
                assertThat(normalized(property)).as("default of %s", key)
                        .isEqualTo(catalogDefault.asText());
            }
        }
        TreeSet<String> extra = new TreeSet<>(metadata.keySet());
        catalog.keySet().forEach(name -> extra.remove(kebab(name)));
        // Camel Spring Boot's switches, which every Camel component starter has
        assertThat(extra).as("starter properties that are no component option")
                .containsExactly("customizer.enabled", "enabled");
        // what the customizer sets on the component is named as the catalog names it
        assertThat(catalog.keySet()).containsAll(properties.options().keySet());
    }

    private static Map<String, JsonNode> catalogOptions(String scheme, Class<? extends Component> type) throws IOException {
        String path = "META-INF/" + type.getPackageName().replace('.', '/') + "/" + scheme + ".json";
        try (InputStream in = type.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            JsonNode options = JSON.readTree(in).path("componentProperties");
            Map<String, JsonNode> out = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = options.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                out.put(e.getKey(), e.getValue());
            }
            return out;
        }
    }

    private static Map<String, JsonNode> metadataProperties(String prefix) throws IOException {
        try (InputStream in = ConnectorStarterOptionsTest.class.getClassLoader()
                .getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
            assertThat(in).isNotNull();
            Map<String, JsonNode> out = new LinkedHashMap<>();
            for (JsonNode property : JSON.readTree(in).path("properties")) {
                String name = property.path("name").asText();
                if (name.startsWith(prefix)) {
                    out.put(name.substring(prefix.length()), property);
                }
            }
            return out;
        }
    }

    /** A metadata default as the catalog writes it: durations in milliseconds. */
    private static String normalized(JsonNode property) {
        String value = property.path("defaultValue").asText();
        if ("java.time.Duration".equals(property.path("type").asText())) {
            return String.valueOf(DurationStyle.detectAndParse(value).toMillis());
        }
        return value;
    }

    /** The text without its final period, with single spaces: Javadoc wraps lines where the catalog does not. */
    private static String words(String text) {
        String single = text.strip().replaceAll("\\s+", " ");
        return single.endsWith(".") ? single.substring(0, single.length() - 1) : single;
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
