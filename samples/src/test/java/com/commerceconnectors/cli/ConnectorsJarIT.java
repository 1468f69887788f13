package com.commerceconnectors.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.commerceconnectors.connection.secret.SecretCipher;
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
