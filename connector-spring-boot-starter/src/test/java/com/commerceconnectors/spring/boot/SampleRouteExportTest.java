package com.commerceconnectors.spring.boot;

import com.commerceconnectors.sandbox.Sandbox;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sample route samples/routes/oro-product-export.camel.yaml, unchanged, on Spring Boot: its {@code #oro}
 * connection comes from commerce.connections, its quartz schedule and placeholders from application properties, and
 * it writes every Oro product of the sandbox once.
 */
@SpringBootTest(classes = StarterTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext
class SampleRouteExportTest {

    static final Sandbox SANDBOX = SandboxConnections.start();

    @TempDir
    static Path exportDir;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        SandboxConnections.oro("oro", SANDBOX).forEach((k, v) -> registry.add(k, () -> v));
        registry.add("camel.main.routes-include-pattern", () -> "file:../samples/routes/oro-product-export.camel.yaml");
        registry.add("exportDir", () -> exportDir.toString());
        registry.add("exportCron", () -> "0/1 * * * * ?");
    }

    @AfterAll
    static void stop() {
        SANDBOX.close();
    }

    @Test
    void theSampleRouteExportsEveryProductOnce() throws IOException {
        Path out = exportDir.resolve("oro-products.ndjson");
        int expected = SANDBOX.oro().products();
        assertThat(expected).isPositive();

        await().atMost(Duration.ofSeconds(60)).until(() -> lines(out).size() >= expected);

        List<String> lines = lines(out);
        Set<String> ids = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : lines) {
            JsonNode record = read(json, line);
            assertThat(record.path("type").asText()).isEqualTo("products");
            ids.add(record.path("id").asText());
        }
        assertThat(ids).hasSize(expected);
        assertThat(lines).hasSize(expected);
    }

    private static JsonNode read(ObjectMapper json, String line) {
        try {
            return json.readTree(line);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }

    private static List<String> lines(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        return Files.readAllLines(file).stream().filter(l -> !l.isBlank()).toList();
    }
}
