package com.commerceconnectors.cli.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.ConnectionLoader;
import com.commerceconnectors.connection.LoaderSettings;
import com.commerceconnectors.sandbox.Sandbox;
import com.commerceconnectors.sandbox.magento.MagentoSandbox;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import flow itself: each line reported exactly once, and input that breaks off mid-way. */
class ImportFlowTest {

    @TempDir
    Path dir;

    private Sandbox sandbox;
    private Connection connection;

    @BeforeEach
    void start() throws IOException {
        sandbox = Sandbox.start();
        Path document = Files.writeString(dir.resolve("shop.yaml"), """
                name: flow
                connector: magento2
                baseUri: %s
                auth: {type: requestAuth, username: admin, password: "${env:PASSWORD}"}
                """.formatted(sandbox.magentoRestUri()));
        connection = new ConnectionLoader(LoaderSettings.defaults()
                .withEnvironment(Map.of("PASSWORD", MagentoSandbox.ADMIN_PASSWORD)::get)).load(document);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void everyRecordLineIsReportedToProgressExactlyOnce() throws Exception {
        List<Long> reported = new CopyOnWriteArrayList<>();
        StringBuilder input = new StringBuilder();
        for (int i = 1; i <= 30; i++) {
            input.append(i % 10 == 0 ? "not json" : "{\"sku\": \"F-" + i + "\", \"name\": \"F " + i + "\", \"price\": 1}").append('\n');
        }

        ImportResult result = new ImportFlow(Clock.systemUTC()).run(request(3), stream(input.toString()),
                (created, updated, failed) -> reported.add(created + updated + failed));

        assertThat(result.summary().created()).isEqualTo(27);
        assertThat(result.summary().failed()).isEqualTo(3);
        assertThat(result.summary().errors()).extracting(ImportError::line).containsExactly(10L, 20L, 30L);
        assertThat(reported).hasSize(30).contains(30L);
        assertThat(result.complete()).isFalse();
        assertThat(result.readError()).isEmpty();
        assertThat(sandbox.magento().products().size()).isEqualTo(27);
    }

    @Test
    void inputThatBreaksOffReportsWhatWasImportedAndWhereItStopped() throws Exception {
        InputStream breaking = new SequenceInputStream(stream("{\"sku\": \"B-1\", \"name\": \"B 1\", \"price\": 1}\n"
                + "{\"sku\": \"B-2\", \"name\": \"B 2\", \"price\": 2}\n"), new InputStream() {
                    @Override
                    public int read() throws IOException {
                        throw new IOException("Input/output error");
                    }
                });

        ImportResult result = new ImportFlow(Clock.systemUTC()).run(request(2), breaking, ImportProgress.NONE);

        assertThat(result.summary().created()).isEqualTo(2);
        assertThat(result.complete()).isFalse();
        assertThat(result.readError()).hasValue("reading in.ndjson failed after line 2 (Input/output error); the lines"
                + " after it were not imported");
    }

    private ImportRequest request(int parallel) {
        return new ImportRequest(connection, "products", "in.ndjson", parallel);
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
