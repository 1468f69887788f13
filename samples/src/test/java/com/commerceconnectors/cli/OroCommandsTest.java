package com.commerceconnectors.cli;

import com.commerceconnectors.sandbox.Sandbox;
import com.commerceconnectors.sandbox.oro.OroSandbox;
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

/** export and import with an oro connection: JSON:API resource objects out, and back in by their sku. */
class OroCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Sandbox sandbox;
    private Path document;
    private final Map<String, String> env = Map.of("ORO_CLIENT_SECRET", OroSandbox.BACKOFFICE_CLIENT_SECRET);

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.builder().start();
        sandbox.oro().seedProducts(230);
        document = SandboxDocuments.write(dir.resolve("oro.yaml"), """
                name: oro
                connector: oro
                baseUri: %s
                apiPath: /admin/api
                auth:
                  type: oauth2
                  grantType: client_credentials
                  clientId: %s
                  clientSecret: ${env:ORO_CLIENT_SECRET}
                """.formatted(sandbox.oroUri(), OroSandbox.BACKOFFICE_CLIENT_ID));
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void exportWritesEveryProductOnceAsAResourceObjectWithOneTokenRequest() throws Exception {
        Path out = dir.resolve("products.ndjson");
        int tokensBefore = sandbox.oro().tokenRequests();
        CliRun run = CliRun.run(env, "export", "--connection", document.toString(), "--resource", "products",
                "--out", out.toString());
        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.OK);
        List<String> lines = Files.readAllLines(out);
        Set<String> ids = new HashSet<>();
        for (String line : lines) {
            JsonNode record = JSON.readTree(line);
            assertThat(record.path("type").asText()).isEqualTo("products");
            assertThat(record.path("attributes").path("sku").asText()).isNotBlank();
            ids.add(record.path("id").asText());
        }
        assertThat(lines).hasSize(230);
        assertThat(ids).hasSize(230);
        assertThat(run.out()).contains("exported 230 products").contains("3 pages");
        assertThat(sandbox.oro().tokenRequests() - tokensBefore).isEqualTo(1);
        assertThat(run.all()).doesNotContain(OroSandbox.BACKOFFICE_CLIENT_SECRET);
    }

    @Test
    void anExportWithoutSinceTakesEveryUserInFullByIdThoughOro61CannotSortUsersByTime() throws Exception {
        assertThat(sandbox.oro().settings().onlyConfiguredSortersAndFilters()).as("Oro 6.1's default").isTrue();
        sandbox.oro().seedUsers(149); // and the admin
        Path out = dir.resolve("users.ndjson");

        CliRun run = CliRun.run(env, "export", "--connection", document.toString(), "--resource", "users",
                "--out", out.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.OK);
        List<Long> ids = new ArrayList<>();
        for (String line : Files.readAllLines(out)) {
            JsonNode record = JSON.readTree(line);
            assertThat(record.path("type").asText()).isEqualTo("users");
            ids.add(record.path("id").asLong());
        }
        assertThat(ids).hasSize(150).doesNotHaveDuplicates().isSorted();
        assertThat(run.out()).contains("exported 150 users").contains("2 pages");
        assertThat(sandbox.oro().requests().forRoute("/admin/api/users")).hasSize(2)
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(200))
                .allSatisfy(r -> assertThat(r.query()).contains("sort=id").doesNotContain("updatedAt"));
    }

    @Test
    void anIncrementalExportOfUsersIsRefusedBeforeAnyRequestWithWhatToDoInstead() throws Exception {
        sandbox.oro().seedUsers(9);
        Path out = dir.resolve("users.ndjson");

        CliRun run = CliRun.run(env, "export", "--connection", document.toString(), "--resource", "users",
                "--since", "2024-03-01T00:00:00Z", "--out", out.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.err()).contains("oro:users cannot be exported incrementally")
                .contains("Oro cannot sort or filter users by updatedAt")
                .contains("exportMode=full").contains("without --since").contains("watermarkField");
        assertThat(sandbox.oro().requests().forRoute("/admin/api/users")).as("nothing asked of Oro").isEmpty();
        assertThat(out).doesNotExist();
    }

    @Test
    void importUpdatesRecordsFoundByTheirSkuAndCreatesTheOthers() throws Exception {
        Path exported = dir.resolve("products.ndjson");
        assertThat(CliRun.run(env, "export", "--connection", document.toString(), "--resource", "products",
                "--out", exported.toString()).exitCode()).isEqualTo(ExitCodes.OK);
        List<String> lines = new ArrayList<>(Files.readAllLines(exported).subList(0, 5));
        ObjectNode renamed = (ObjectNode) JSON.readTree(lines.get(4));
        ((ObjectNode) renamed.get("attributes")).put("sku", "NEW-SKU-1");
        lines.set(4, renamed.toString());
        Path in = dir.resolve("in.ndjson");
        Files.write(in, lines);

        CliRun run = CliRun.run(env, "import", "--connection", document.toString(), "--resource", "products",
                "--in", in.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.OK);
        JsonNode summary = JSON.readTree(run.out());
        assertThat(summary.path("updated").asInt()).isEqualTo(4);
        assertThat(summary.path("created").asInt()).isEqualTo(1);
        assertThat(summary.path("failed").asInt()).isZero();
        assertThat(sandbox.oro().products()).isEqualTo(231);
    }

    @Test
    void aResourceWithoutANaturalKeyNeedsKey() {
        CliRun run = CliRun.run(env, "import", "--connection", document.toString(), "--resource", "orders",
                "--in", document.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("oro orders have no natural key").contains("--key");
    }
}
