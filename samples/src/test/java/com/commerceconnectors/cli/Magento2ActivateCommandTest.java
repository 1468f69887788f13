package com.commerceconnectors.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.ConnectionLoader;
import com.commerceconnectors.connection.LoaderSettings;
import com.commerceconnectors.connection.OAuth1Auth;
import com.commerceconnectors.connection.secret.SecretCipher;
import com.commerceconnectors.sandbox.Sandbox;
import com.commerceconnectors.sandbox.magento.integration.Integration;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * magento2-activate end to end over loopback HTTP: the sandbox's "Activate" posts to the command's callback, the
 * command exchanges the tokens and writes an encrypted document, and test-connection with that document is OK.
 */
class Magento2ActivateCommandTest {

    private static Sandbox sandbox;
    private final ExecutorService runner = Executors.newSingleThreadExecutor();

    @TempDir
    Path dir;

    @BeforeAll
    static void startSandbox() throws IOException {
        sandbox = Sandbox.start();
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @AfterEach
    void stopRunner() {
        runner.shutdownNow();
    }

    @Test
    void anActivationBecomesAnEncryptedDocumentThatTestsOk() throws Exception {
        Integration erp = sandbox.magento().createIntegration("erp-" + System.nanoTime());
        Map<String, String> env = Map.of(SecretCipher.KEY_VARIABLE, SecretCipher.generateKey());
        Path out = dir.resolve("shop.json");

        Background run = start(env, "magento2-activate", "--listen", "127.0.0.1:0", "--out", out.toString(),
                "--name", "shop", "--timeout", "60s");
        URI callback = URI.create(run.firstLine.get(20, TimeUnit.SECONDS));
        assertThat(callback.getPath()).isEqualTo("/magento2/activate");
        assertThat(sandbox.magento().activateIntegration(erp.name(), callback).callbackStatus()).isEqualTo(200);

        assertThat(run.exitCode.get(30, TimeUnit.SECONDS)).as(run.err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(run.err.toString()).contains("Wrote " + out).contains("secrets encrypted");
        String document = Files.readString(out);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
                .as("readable by its owner only").isEqualTo("rw-------");
        assertThat(document).contains("\"connector\" : \"magento2\"").contains("\"signatureMethod\" : \"HMAC-SHA256\"")
                .contains("\"baseUri\" : \"" + sandbox.magentoRestUri() + "\"");
        assertThat(document.split("enc:v1:", -1)).as("three encrypted secrets").hasSize(4);

        Connection loaded = new ConnectionLoader(LoaderSettings.defaults().withEnvironment(env::get)).load(out);
        OAuth1Auth auth = (OAuth1Auth) loaded.auth();
        assertThat(auth.consumerKey()).isEqualTo(erp.consumerKey());
        assertThat(auth.consumerSecret().reveal()).isEqualTo(erp.consumerSecret());
        List<String> secrets = List.of(erp.consumerSecret(), auth.accessToken().reveal(), auth.accessTokenSecret().reveal());
        secrets.forEach(s -> assertThat(document + run.out + run.err).doesNotContain(s));

        CliRun test = CliRun.run(env, "test-connection", "--connection", out.toString());
        assertThat(test.exitCode()).as(test.all()).isEqualTo(ExitCodes.OK);
        assertThat(test.out()).startsWith("OK: Connected and authenticated").contains("auth oauth1");
        secrets.forEach(s -> assertThat(test.all()).doesNotContain(s));
    }

    @Test
    void withoutTheKeyNothingIsListenedForAndTheWayOutIsNamed() {
        Path out = dir.resolve("shop.json");
        CliRun run = CliRun.run(Map.of(), "magento2-activate", "--listen", "127.0.0.1:0", "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID_CONNECTION);
        assertThat(run.err()).contains(SecretCipher.KEY_VARIABLE).contains("--plaintext-secrets");
        assertThat(run.out()).isEmpty();
        assertThat(out).doesNotExist();
    }

    @Test
    void plaintextSecretsAreWrittenOnlyWhenAskedFor() throws Exception {
        Integration erp = sandbox.magento().createIntegration("plain-" + System.nanoTime());
        Path out = dir.resolve("plain.json");
        Background run = start(Map.of(), "magento2-activate", "--listen", "127.0.0.1:0", "--out", out.toString(),
                "--plaintext-secrets", "--base-uri", sandbox.magentoRestUri().toString());
        sandbox.magento().activateIntegration(erp.name(), URI.create(run.firstLine.get(20, TimeUnit.SECONDS)));

        assertThat(run.exitCode.get(30, TimeUnit.SECONDS)).as(run.err.toString()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(out)).doesNotContain("enc:").contains(erp.consumerSecret())
                .contains("\"name\" : \"127.0.0.1\"");
        assertThat(run.err.toString()).contains("secrets in clear");
        CliRun test = CliRun.run(Map.of(), "test-connection", "--connection", out.toString());
        assertThat(test.exitCode()).as(test.all()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void noActivationWithinTheTimeoutIsAFailureThatWritesNothing() {
        Path out = dir.resolve("late.json");
        CliRun run = CliRun.run(Map.of(), "magento2-activate", "--listen", "127.0.0.1:0", "--out", out.toString(),
                "--plaintext-secrets", "--timeout", "1s");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.err()).contains("no activation arrived within 1s");
        assertThat(out).doesNotExist();
    }

    @Test
    void wrongOptionsAreUsageErrors() throws IOException {
        CliRun listen = CliRun.run(Map.of(), "magento2-activate", "--listen", "localhost:99999", "--out",
                dir.resolve("a.json").toString());
        assertThat(listen.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(listen.err()).contains("is not HOST:PORT");

        CliRun timeout = CliRun.run(Map.of(), "magento2-activate", "--timeout", "soon", "--out",
                dir.resolve("a.json").toString());
        assertThat(timeout.exitCode()).isEqualTo(ExitCodes.USAGE);

        Path existing = Files.writeString(dir.resolve("existing.json"), "{}");
        CliRun exists = CliRun.run(Map.of(), "magento2-activate", "--listen", "127.0.0.1:0", "--plaintext-secrets",
                "--out", existing.toString());
        assertThat(exists.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(exists.err()).contains("--force");
        assertThat(Files.readString(existing)).isEqualTo("{}");
    }

    /** Runs the command on another thread; its first line of standard output is the callback URL. */
    private Background start(Map<String, String> environment, String... args) {
        Background run = new Background();
        CliContext context = new CliContext(new ByteArrayInputStream(new byte[0]), new PrintWriter(run.out, true),
                new PrintWriter(run.err, true), new HashMap<>(environment)::get, Optional.empty());
        run.exitCode = runner.submit(() -> ConnectorsCli.run(args, context));
        return run;
    }

    private static final class Background {
        final CompletableFuture<String> firstLine = new CompletableFuture<>();
        final StringWriter err = new StringWriter();
        final Writer out = new FirstLineWriter(firstLine);
        Future<Integer> exitCode;
    }

    /** Keeps what is written and completes a future with the first full line. */
    private static final class FirstLineWriter extends Writer {
        private final StringBuilder text = new StringBuilder();
        private final CompletableFuture<String> firstLine;

        FirstLineWriter(CompletableFuture<String> firstLine) {
            this.firstLine = firstLine;
        }

        @Override
        public synchronized void write(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
            int end = text.indexOf("\n");
            if (end >= 0 && !firstLine.isDone()) {
                firstLine.complete(text.substring(0, end).strip());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public synchronized String toString() {
            return text.toString();
        }
    }
}
