package com.commerceconnectors.cli.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.ConnectionLoader;
import com.commerceconnectors.sandbox.Sandbox;
import com.commerceconnectors.sandbox.magento.MagentoSandbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export flow's ends: a record that cannot be written stops the run, and progress comes once per page. */
class ExportFlowTest {

    private static Sandbox sandbox;
    private static Connection connection;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSandbox() throws IOException {
        sandbox = Sandbox.start();
        sandbox.magento().seedProducts(120);
        connection = new ConnectionLoader().parse("""
                {"name": "flow", "connector": "magento2", "baseUri": "%s",
                 "auth": {"type": "bearer", "token": "%s"}}
                """.formatted(sandbox.magentoRestUri(), MagentoSandbox.INTEGRATION_TOKEN), "test");
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @Test
    void reportsProgressOncePerPage() throws Exception {
        List<String> progress = new ArrayList<>();
        Path out = dir.resolve("pages.ndjson");

        ExportResult result = new ExportFlow(Clock.systemUTC())
                .run(new ExportRequest(connection, "products", null, 50, out), (records, pages) -> progress.add(records + "/" + pages));

        assertThat(progress).containsExactly("50/1", "100/2", "120/3");
        assertThat(result.records()).isEqualTo(120);
        assertThat(result.pages()).isEqualTo(3);
        assertThat(result.upperBound()).isPresent();
        assertThat(Files.readAllLines(out)).hasSize(120);
    }

    @Test
    void aRecordThatCannotBeWrittenFailsTheRunAndKeepsOnlyThePartialFile() {
        Path out = dir.resolve("broken.ndjson");
        ExportProgress failingOnPageTwo = (records, pages) -> {
            if (pages == 2) {
                throw new UncheckedIOException(new IOException("disk full"));
            }
        };

        assertThatThrownBy(() -> new ExportFlow(Clock.systemUTC())
                .run(new ExportRequest(connection, "products", null, 50, out), failingOnPageTwo))
                .isInstanceOf(ExportException.class)
                .hasMessage("writing " + out + ".partial failed: disk full");

        assertThat(out).doesNotExist();
        assertThat(out.resolveSibling("broken.ndjson.partial")).exists();
    }
}
