package com.commerceconnectors.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.commerceconnectors.sandbox.magento.MagentoSandbox;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** sandbox: one ready line with what clients need, a working emulator until stopped, and nothing left behind. */
class SandboxCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void printsOneReadyLineServesUntilStoppedAndThenReleasesThePort() throws Exception {
        CompletableFuture<String> readyLine = new CompletableFuture<>();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CliContext context = new CliContext(new ByteArrayInputStream(new byte[0]),
                new PrintWriter(new LineWatcher(out, readyLine), true), new PrintWriter(err, true), Map.<String, String>of()::get,
                Optional.empty());
        CompletableFuture<Integer> exitCode = new CompletableFuture<>();
        Thread command = new Thread(() -> exitCode.complete(ConnectorsCli.run(new String[] {"sandbox"}, context)), "sandbox-command");
        command.start();

        String line = readyLine.get(30, TimeUnit.SECONDS);
        assertThat(line).startsWith("SANDBOX READY {");
        JsonNode ready = JSON.readTree(line.substring("SANDBOX READY ".length()));
        String restUri = ready.path("magento").path("restUri").asText();
        assertThat(ready.path("magento").path("admin").path("password").asText()).isEqualTo(MagentoSandbox.ADMIN_PASSWORD);
        assertThat(ready.path("magento").path("bearerToken").asText()).isEqualTo(MagentoSandbox.INTEGRATION_TOKEN);

        HttpResponse<String> products = get(restUri + "/V1/products?searchCriteria%5BpageSize%5D=1");
        assertThat(products.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(products.body()).path("total_count").asInt()).as("demo data is seeded").isPositive();

        command.interrupt();
        assertThat(exitCode.get(30, TimeUnit.SECONDS)).isEqualTo(ExitCodes.OK);
        assertThat(out.toString().lines()).containsExactly(line);
        assertThatThrownBy(() -> get(restUri + "/V1/store/storeConfigs")).isInstanceOf(ConnectException.class);
    }

    @Test
    void aPortOutOfRangeIsAUsageError() {
        CliRun run = CliRun.run(Map.of(), "sandbox", "--port", "70000");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("'--port': must be between 0 and 65535, not 70000");
        assertThat(run.out()).isEmpty();
    }

    private static HttpResponse<String> get(String uri) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(uri))
                .header("Authorization", "Bearer " + MagentoSandbox.INTEGRATION_TOKEN).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Passes output through and completes {@code firstLine} when the first full line has been written. */
    private static final class LineWatcher extends Writer {
        private final StringWriter target;
        private final CompletableFuture<String> firstLine;

        LineWatcher(StringWriter target, CompletableFuture<String> firstLine) {
            this.target = target;
            this.firstLine = firstLine;
        }

        @Override
        public void write(char[] buffer, int offset, int length) {
            target.write(buffer, offset, length);
            String text = target.toString();
            int end = text.indexOf('\n');
            if (end >= 0) {
                firstLine.complete(text.substring(0, end));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
