package com.commerceconnectors.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog is a contract: every option and header a route, a property file or a tool names must keep its name,
 * kind, type, default, group, label, enum values and secret flag, whatever class declares it. This compares each
 * packaged component JSON with the list checked in under {@code catalog-contract/}; descriptions may change, nothing
 * else. Adding an option means adding its line there on purpose.
 * <p>
 * Run with {@code -Dcatalog.contract.write=true} to rewrite the lists from the current build (then review the diff).
 */
class CatalogContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> KEPT = List.of("kind", "group", "label", "required", "type", "javaType",
            "enum", "defaultValue", "secret", "autowired", "multiValue", "prefix", "constantName");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "magento2", "oro", "commercelayer" })
    void theComponentJsonKeepsEveryOptionAndHeaderAsPublished(String scheme) throws IOException {
        List<String> current = contractLines(scheme);
        Path list = Path.of("src/test/resources/catalog-contract/" + scheme + ".txt");
        if (Boolean.getBoolean("catalog.contract.write")) {
            Files.createDirectories(list.getParent());
            Files.write(list, current, StandardCharsets.UTF_8);
        }
        List<String> published = Files.readAllLines(list, StandardCharsets.UTF_8);
        assertThat(current)
                .as("options and headers of %s.json against catalog-contract/%s.txt", scheme, scheme)
                .containsExactlyInAnyOrderElementsOf(published);
    }

    private static List<String> contractLines(String scheme) throws IOException {
        JsonNode root;
        try (InputStream in = CatalogContractTest.class.getResourceAsStream(
                "/META-INF/com/commerceconnectors/" + scheme + "/" + scheme + ".json")) {
            assertThat(in).as("%s.json on the classpath", scheme).isNotNull();
            root = JSON.readTree(in);
        }
        List<String> lines = new ArrayList<>();
        lines.add("component scheme=" + root.path("component").path("scheme").asText()
                + " syntax=" + root.path("component").path("syntax").asText()
                + " javaType=" + root.path("component").path("javaType").asText());
        for (String section : List.of("componentProperties", "properties", "headers")) {
            Iterator<Map.Entry<String, JsonNode>> fields = root.path(section).fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> option = fields.next();
                StringBuilder line = new StringBuilder(section).append(' ').append(option.getKey());
                for (String attribute : KEPT) {
                    JsonNode value = option.getValue().get(attribute);
                    if (value != null && !value.isNull() && !(value.isTextual() && value.asText().isEmpty())) {
                        line.append(' ').append(attribute).append('=').append(value.isTextual() ? value.asText() : value.toString());
                    }
                }
                lines.add(line.toString());
            }
        }
        return lines;
    }
}
