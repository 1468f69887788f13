package com.commerceconnectors.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.commerceconnectors.connection.secret.SecretCipher;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EncryptSecretCommandTest {

    private static final String KEY = SecretCipher.generateKey();
    private static final Map<String, String> WITH_KEY = Map.of("CONNECTORS_SECRET_KEY", KEY);

    @Test
    void encryptsTheLineOnStandardInput() throws Exception {
        CliRun run = CliRun.withInput(WITH_KEY, "shop-token-s3cr3t\n", "encrypt-secret");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        String encrypted = run.out().strip();
        assertThat(run.out()).endsWith("\n").hasLineCount(1);
        assertThat(encrypted).startsWith("enc:v1:");
        assertThat(SecretCipher.fromBase64Key(KEY).decrypt(encrypted)).isEqualTo("shop-token-s3cr3t");
        assertThat(run.all()).doesNotContain("s3cr3t");
    }

    @Test
    void keepsEverythingButOneFinalNewline() throws Exception {
        String pem = "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n";
        CliRun multiLine = CliRun.withInput(WITH_KEY, pem, "encrypt-secret");
        assertThat(SecretCipher.fromBase64Key(KEY).decrypt(multiLine.out().strip()))
                .isEqualTo(pem.substring(0, pem.length() - 1));

        CliRun crlf = CliRun.withInput(WITH_KEY, "with-spaces  \r\n", "encrypt-secret");
        assertThat(SecretCipher.fromBase64Key(KEY).decrypt(crlf.out().strip())).isEqualTo("with-spaces  ");

        CliRun noNewline = CliRun.withInput(WITH_KEY, "bare", "encrypt-secret");
        assertThat(SecretCipher.fromBase64Key(KEY).decrypt(noNewline.out().strip())).isEqualTo("bare");
    }

    @Test
    void aMissingOrInvalidKeyIsAConfigurationError() {
        CliRun missing = CliRun.withInput(Map.of(), "secret-s3cr3t\n", "encrypt-secret");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.INVALID_CONNECTION);
        assertThat(missing.out()).isEmpty();
        assertThat(missing.err()).startsWith("error: the environment variable CONNECTORS_SECRET_KEY is not set")
                .contains("--generate-key");

        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        CliRun invalid = CliRun.withInput(Map.of("CONNECTORS_SECRET_KEY", shortKey), "secret-s3cr3t\n", "encrypt-secret");
        assertThat(invalid.exitCode()).isEqualTo(ExitCodes.INVALID_CONNECTION);
        assertThat(invalid.err()).contains("exactly 32 bytes").doesNotContain(shortKey);
        assertThat(missing.all() + invalid.all()).doesNotContain("s3cr3t");
    }

    @Test
    void anEmptyInputIsAUsageError() {
        for (String stdin : new String[] {"", "\n", "\r\n"}) {
            CliRun run = CliRun.withInput(WITH_KEY, stdin, "encrypt-secret");
            assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).startsWith("error: no secret on standard input");
        }
    }

    @Test
    void tooMuchOrBinaryInputIsAUsageError() {
        CliRun huge = CliRun.withInput(WITH_KEY, "x".repeat(1024 * 1024 + 1), "encrypt-secret");
        assertThat(huge.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(huge.err()).contains("larger than 1 MiB");
    }

    @Test
    void generatesAKeyThatEncrypts() throws Exception {
        CliRun run = CliRun.run(Map.of(), "encrypt-secret", "--generate-key");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        String key = run.out().strip();
        assertThat(Base64.getDecoder().decode(key)).hasSize(32);
        assertThat(run.err()).contains("CONNECTORS_SECRET_KEY");

        CliRun encrypted = CliRun.withInput(Map.of("CONNECTORS_SECRET_KEY", key), "value\n", "encrypt-secret");
        assertThat(SecretCipher.fromBase64Key(key).decrypt(encrypted.out().strip())).isEqualTo("value");
    }
}
