package com.commerceconnectors.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The example connection documents in connections/: each valid once its ${env:…} values exist, secrets never inline. */
class ConnectionExamplesTest {

    private static final Path DIRECTORY = Path.of("connections");
    private static final Pattern ENV = Pattern.compile("\\$\\{env:([A-Z0-9_]+)}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void thereIsOneExamplePerConnectorAndAuthType() throws IOException {
        List<String> text = examples().stream().map(ConnectionExamplesTest::read).toList();
        assertThat(text).anyMatch(t -> t.contains("connector: magento2") && t.contains("type: oauth1"))
                .anyMatch(t -> t.contains("connector: magento2") && t.contains("type: bearer"))
                .anyMatch(t -> t.contains("connector: magento2") && t.contains("type: requestAuth"))
                .anyMatch(t -> t.contains("connector: oro") && t.contains("type: wsse"))
                .anyMatch(t -> t.contains("connector: oro") && t.contains("type: oauth2"))
                .anyMatch(t -> t.contains("connector: commercelayer") && t.contains("grantType: client_credentials"))
                .anyMatch(t -> t.contains("connector: commercelayer") && t.contains("grantType: password"))
                .anyMatch(t -> t.contains("connector: commercelayer") && t.contains("jwt-bearer"));
    }

    @TestFactory
    Stream<DynamicTest> eachExampleIsValidWithItsEnvironmentAndKeepsEverySecretThere() throws IOException {
        return examples().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            String text = read(file);
            Map<String, String> environment = new HashMap<>();
            Matcher m = ENV.matcher(text);
            while (m.find()) {
                environment.put(m.group(1), m.group(1).endsWith("HOST") ? "host.example.com"
                        : m.group(1).equals("CL_ORGANIZATION") ? "acme" : "value-of-" + m.group(1));
            }
            CliRun run = CliRun.run(environment, "validate", "--connection", file.toString(), "--json");
            JsonNode report = JSON.readTree(run.out());
            assertThat(report.path("valid").asBoolean()).as(run.out()).isTrue();
            // every secret field takes its value from the environment, never from the file
            for (String secret : List.of("token", "password", "consumerSecret", "accessToken", "accessTokenSecret",
                    "apiKey", "clientSecret", "refreshToken", "assertion")) {
                for (String line : text.lines().toList()) {
                    if (line.strip().startsWith(secret + ":")) {
                        assertThat(line).as(file + ": " + secret).contains("${env:");
                    }
                }
            }
        }));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
