package com.commerceconnectors.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.commerceconnectors.connection.secret.SecretCipher;
import com.commerceconnectors.sandbox.Sandbox;
import com.commerceconnectors.sandbox.magento.MagentoSandbox;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged, shaded {@code connectors.jar}, run as users run it: {@code java -jar}. */
class ConnectorsJarIT {

    @TempDir
    Path dir;

    @Test
    void validateRunsFromTheJarWithItsExitCodes() throws Exception {
        Path valid = dir.resolve("valid.yaml");
        Files.writeString(valid, "name: cl\nconnector: commercelayer\nauth: {type: bearer, token: \"${env:CL_TOKEN}\"}\n");
        Path invalid = dir.resolve("invalid.json");
        Files.writeString(invalid, "{\"name\": \"cl\", \"connector\": \"commercelayer\", \"auth\": {\"type\": \"bearer\"}}");

        Result ok = java(Map.of("CL_TOKEN", "jar-s3cr3t"), "", "validate", "--connection", valid.toString(), "--json");
        assertThat(ok.exitCode()).isZero();
        assertThat(new ObjectMapper().readTree(ok.out()).path("valid").asBoolean()).isTrue();

        Result bad = java(Map.of(), "", "validate", "--connection", invalid.toString(), "--json");
        assertThat(bad.exitCode()).isEqualTo(2);
        JsonNode report = new ObjectMapper().readTree(bad.out());
        assertThat(report.path("errors").get(0).path("pointer").asText()).isEqualTo("/auth/token");

        Result usage = java(Map.of(), "", "validate");
        assertThat(usage.exitCode()).isEqualTo(64);
        assertThat(ok.all() + bad.all() + usage.all()).doesNotContain("jar-s3cr3t").doesNotContain("Exception");
    }

    @Test
    void encryptSecretRunsFromTheJar() throws Exception {
        Result key = java(Map.of(), "", "encrypt-secret", "--generate-key");
        assertThat(key.exitCode()).isZero();
        String base64Key = key.out().strip();

        Result encrypted = java(Map.of("CONNECTORS_SECRET_KEY", base64Key), "jar-token-s3cr3t\n", "encrypt-secret");
        assertThat(encrypted.exitCode()).isZero();
        assertThat(SecretCipher.fromBase64Key(base64Key).decrypt(encrypted.out().strip())).isEqualTo("jar-token-s3cr3t");
        assertThat(encrypted.all()).doesNotContain("s3cr3t");

        Result noKey = java(Map.of(), "x\n", "encrypt-secret");
        assertThat(noKey.exitCode()).isEqualTo(2);
    }

    @Test
    void theDemoRunsFromTheJar() throws Exception {
        Result demo = java(Map.of(), "", "demo");

        assertThat(demo.exitCode()).as(demo.all()).isZero();
        assertThat(demo.out()).contains("demo: 8/8 ").contains("demo: every step succeeded");
        assertThat(demo.all()).doesNotContain("Exception").doesNotContain("sandbox-admin-123");
    }

    @Test
    void aYamlSampleRouteRunsFromTheJar() throws Exception {
        // the YAML DSL loader, quartz, the three components and their service files all made it into the jar
        Result run = java(Map.of(), "", "run", "--sandbox", "--max-messages", "3", "--max-seconds", "60",
                Path.of("routes", "test-connections.camel.yaml").toAbsolutePath().toString());

        assertThat(run.exitCode()).as(run.all()).isZero();
        assertThat(run.err()).contains("3 route(s), 3 exchange(s) completed, 0 failed");
    }

    @Test
    void importRunsFromTheJar() throws Exception {
        try (Sandbox sandbox = Sandbox.start()) {
            Path document = SandboxDocuments.admin(dir, sandbox);
            String records = "{\"sku\": \"JAR-1\", \"name\": \"From the jar\", \"price\": 3.50}\n"
                    + "\n{\"sku\": \"JAR-2\", \"price\": 1.00}\n";

            Result run = java(SandboxDocuments.ENV, records, "import", "--connection", document.toString(),
                    "--resource", "products", "--in", "-");

            assertThat(run.exitCode()).as(run.all()).isEqualTo(1);
            JsonNode summary = new ObjectMapper().readTree(run.out());
            assertThat(summary.path("created").asInt()).isEqualTo(1);
            assertThat(summary.path("errors").get(0).path("line").asInt()).isEqualTo(3);
            assertThat(summary.path("errors").get(0).path("fields").get(0).asText()).isEqualTo("name");
            assertThat(sandbox.magento().products().find("JAR-1")).isPresent();
            assertThat(run.all()).doesNotContain(MagentoSandbox.ADMIN_PASSWORD).doesNotContain("Exception");
        }
    }

    @Test
    void theSandboxRunsFromTheJarUntilTerminated() throws Exception {
        String jar = System.getProperty("connectors.jar", "target/connectors.jar");
        Path out = dir.resolve("sandbox.out");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar,
                "sandbox").redirectOutput(out.toFile()).redirectError(dir.resolve("sandbox.err").toFile()).start();
        try {
            String ready = awaitFirstLine(out, process);
            assertThat(ready).startsWith("SANDBOX READY {\"baseUri\":\"http://127.0.0.1:");
            // SIGTERM, as a service manager or Ctrl-C would stop it: the shutdown hook closes the server
            process.destroy();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
            assertThat(Files.readAllLines(out)).containsExactly(ready);
        } finally {
            process.destroyForcibly();
        }
    }

    private static String awaitFirstLine(Path file, Process process) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && process.isAlive()) {
            List<String> lines = Files.readAllLines(file);
            if (!lines.isEmpty() && Files.readString(file).endsWith("\n")) {
                return lines.get(0);
            }
            // polling a file the child writes; no timing is asserted
            Thread.sleep(50);
        }
        throw new AssertionError("the sandbox printed no ready line: " + Files.readString(file));
    }

    private Result java(Map<String, String> environment, String stdin, String... args) throws IOException, InterruptedException {
        String jar = System.getProperty("connectors.jar", "target/connectors.jar");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("CONNECTORS_SECRET_KEY");
        builder.environment().putAll(environment);
        Path out = dir.resolve("out-" + System.nanoTime());
        Path err = dir.resolve("err-" + System.nanoTime());
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("connectors.jar did not finish within 60 s: " + command);
        }
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private record Result(int exitCode, String out, String err) {
        String all() {
            return out + err;
        }
    }
}
