package com.commerceconnectors.cli.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/components/SCHEME.md is the component's catalog metadata rendered: this test fails when they differ. To
 * regenerate after changing an option or header: {@code mvn -B -ntp -pl samples test -Dtest=ComponentReferenceTest -Ddocs.write=true}.
 */
class ComponentReferenceTest {

    private static final Path DOCS = Path.of("..", "docs", "components");
    private static final List<String> SCHEMES = List.of("magento2", "oro", "commercelayer");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestFactory
    Stream<DynamicTest> eachComponentsReferenceMatchesItsCatalogMetadata() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (String scheme : SCHEMES) {
            String resource = "META-INF/com/commerceconnectors/" + scheme + "/" + scheme + ".json";
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    continue;
                }
                JsonNode json = JSON.readTree(in);
                tests.add(DynamicTest.dynamicTest(scheme, () -> check(scheme, ComponentReference.render(json))));
            }
        }
        assertThat(tests).as("the magento2 component at least is on the class path").isNotEmpty();
        return tests.stream();
    }

    private static void check(String scheme, String rendered) throws Exception {
        Path file = DOCS.resolve(scheme + ".md");
        if (Boolean.getBoolean("docs.write")) {
            Files.createDirectories(DOCS);
            Files.writeString(file, rendered);
        }
        assertThat(file).as("docs/components/" + scheme + ".md exists; regenerate with "
                + "mvn -B -ntp -pl samples test -Dtest=ComponentReferenceTest -Ddocs.write=true").exists();
        assertThat(Files.readString(file)).as("docs/components/" + scheme + ".md is out of date; regenerate with "
                + "mvn -B -ntp -pl samples test -Dtest=ComponentReferenceTest -Ddocs.write=true").isEqualTo(rendered);
    }
}
