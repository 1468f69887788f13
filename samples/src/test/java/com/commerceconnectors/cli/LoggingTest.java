package com.commerceconnectors.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** --verbose turns debug logging on, on standard error, and the log configuration masks credential values. */
class LoggingTest {

    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
    private PrintStream originalErr;

    @TempDir
    Path dir;

    @BeforeEach
    void captureStandardError() {
        originalErr = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStandardError() {
        System.setErr(originalErr);
        Logging.configure(false);
    }

    @Test
    void debugLinesAppearOnlyWithVerbose() throws IOException {
        Path file = dir.resolve("c.yaml");
        Files.writeString(file, "name: cl\nconnector: commercelayer\nauth: {type: bearer, token: \"${env:T}\"}\n");

        CliRun quiet = CliRun.run(Map.of("T", "t-s3cr3t"), "validate", "--connection", file.toString());
        assertThat(quiet.exitCode()).isZero();
        assertThat(logged()).doesNotContain("DEBUG");

        CliRun verbose = CliRun.run(Map.of("T", "t-s3cr3t"), "validate", "--verbose", "--connection", file.toString());
        assertThat(verbose.exitCode()).isZero();
        assertThat(verbose.out()).isEmpty();
        assertThat(logged()).contains("DEBUG").contains("Validating " + file).doesNotContain("s3cr3t");
    }

    @Test
    void credentialValuesAreMaskedInEveryLogLine() {
        CliRun.run(Map.of(), "--verbose", "encrypt-secret", "--generate-key");
        Logging.configure(true);
        LoggerFactory.getLogger("com.commerceconnectors.test").debug(
                "password=hunter2 token: \"abc123\" Authorization: Bearer eyJxyz, apiKey=k1&clientSecret=c2 X-WSSE: UsernameToken Username=\"u\"");
        LoggerFactory.getLogger("com.commerceconnectors.test").warn("failed", new IllegalStateException("refresh_token=r3f"));

        String log = logged();
        assertThat(log).contains("password=******").contains("token: \"******").contains("Authorization: Bearer ******")
                .contains("apiKey=******").contains("clientSecret=******").contains("refresh_token=******");
        assertThat(log).doesNotContain("hunter2").doesNotContain("abc123").doesNotContain("eyJxyz").doesNotContain("k1&")
                .doesNotContain("c2").doesNotContain("r3f");
    }

    private String logged() {
        System.err.flush();
        return captured.toString(StandardCharsets.UTF_8);
    }
}
