package com.commerceconnectors.cli;

import com.commerceconnectors.sandbox.Sandbox;
import com.commerceconnectors.sandbox.commercelayer.CommerceLayerSandbox;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** test-connection, export and import with a commercelayer connection against the sandbox's auth server and API. */
class CommerceLayerCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Sandbox sandbox;
    private Path document;
    private final Map<String, String> env = Map.of("CL_CLIENT_SECRET", CommerceLayerSandbox.INTEGRATION_CLIENT_SECRET);

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.builder().start();
        sandbox.commerceLayer().seedSkus(130);
        document = SandboxDocuments.write(dir.resolve("cl.yaml"), """
                name: cl
                connector: commercelayer
                baseUri: %s
                auth:
                  type: oauth2
                  grantType: client_credentials
                  clientId: %s
                  clientSecret: ${env:CL_CLIENT_SECRET}
                  tokenUri: %s/oauth/token
                """.formatted(sandbox.commerceLayerBaseUri(), CommerceLayerSandbox.INTEGRATION_CLIENT_ID,
                sandbox.commerceLayerAuthUri()));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void testConnectionReportsWhatTheTokenSaysWithoutTheToken() throws Exception {
        CliRun run = CliRun.run(env, "test-connection", "--connection", document.toString(), "--json");
        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.OK);
        JsonNode verdict = JSON.readTree(run.out());
        assertThat(verdict.path("connector").asText()).isEqualTo("commercelayer");
        assertThat(verdict.path("category").asText()).isEqualTo("OK");
        assertThat(verdict.path("details").toString()).contains(CommerceLayerSandbox.ORGANIZATION_SLUG).contains("integration");
        assertThat(run.all()).doesNotContain(CommerceLayerSandbox.INTEGRATION_CLIENT_SECRET).doesNotContain("eyJ");
    }

    @Test
    void exportWritesEverySkuOnceInPagesOf25WithOneTokenRequest() throws Exception {
        Path out = dir.resolve("skus.ndjson");
        int tokensBefore = sandbox.commerceLayer().tokenRequests().requests();
        CliRun run = CliRun.run(env, "export", "--connection", document.toString(), "--resource", "skus",
                "--out", out.toString());
        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.OK);
        List<String> lines = Files.readAllLines(out);
        Set<String> codes = new HashSet<>();
        for (String line : lines) {
            JsonNode sku = JSON.readTree(line);
            assertThat(sku.path("type").asText()).isEqualTo("skus");
            codes.add(sku.path("attributes").path("code").asText());
        }
        int total = sandbox.commerceLayer().skus();
        assertThat(lines).hasSize(total);
        assertThat(codes).hasSize(total);
        assertThat(sandbox.commerceLayer().tokenRequests().requests() - tokensBefore).isEqualTo(1);
        CliRun tooBig = CliRun.run(env, "export", "--connection", document.toString(), "--resource", "skus",
                "--page-size", "26", "--out", out.toString());
        assertThat(tooBig.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(tooBig.err()).contains("must be between 1 and 25 for commercelayer");
    }

    @Test
    void importUpdatesSkusFoundByCodeAndCreatesTheOthers() throws Exception {
        Path exported = dir.resolve("skus.ndjson");
        assertThat(CliRun.run(env, "export", "--connection", document.toString(), "--resource", "skus",
                "--out", exported.toString()).exitCode()).isEqualTo(ExitCodes.OK);
        List<String> lines = new ArrayList<>(Files.readAllLines(exported).subList(0, 4));
        ObjectNode renamed = (ObjectNode) JSON.readTree(lines.get(3));
        ((ObjectNode) renamed.get("attributes")).put("code", "NEW-CODE-1");
        lines.set(3, renamed.toString());
        Path in = dir.resolve("in.ndjson");
        Files.write(in, lines);
        int before = sandbox.commerceLayer().skus();

        CliRun run = CliRun.run(env, "import", "--connection", document.toString(), "--resource", "skus",
                "--in", in.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.OK);
        JsonNode summary = JSON.readTree(run.out());
        assertThat(summary.path("updated").asInt()).isEqualTo(3);
        assertThat(summary.path("created").asInt()).isEqualTo(1);
        assertThat(sandbox.commerceLayer().skus()).isEqualTo(before + 1);
        assertThat(sandbox.commerceLayer().skuByCode("NEW-CODE-1")).isPresent();
    }
}
