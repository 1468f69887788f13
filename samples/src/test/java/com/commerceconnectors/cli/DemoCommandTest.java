package com.commerceconnectors.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.commerceconnectors.sandbox.magento.MagentoSandbox;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** demo: the whole story end to end, every count checked by the demo itself, and its files kept on request. */
class DemoCommandTest {

    @TempDir
    Path dir;

    @Test
    void theDemoRunsEveryStepAndSucceeds() throws Exception {
        CliRun run = CliRun.run(Map.of(), "demo", "--work-dir", dir.toString());

        assertThat(run.exitCode()).as(run.all()).isEqualTo(ExitCodes.OK);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).filteredOn(l -> l.startsWith("demo: ") && l.matches("demo: \\d/8 .*")).hasSize(8);
        assertThat(lines).anyMatch(l -> l.startsWith("flow ") && l.contains("records") && l.contains("pages")
                && l.contains("seconds") && l.contains("records/s") && l.contains("token requests"));
        assertThat(lines).anyMatch(l -> l.matches("test-connection magento2 +- +- +[\\d.]+ +- +1"));
        assertThat(lines).anyMatch(l -> l.matches("test-connection oro +- +- +[\\d.]+ +- +0"));
        assertThat(lines).anyMatch(l -> l.matches("test-connection commercelayer +- +- +[\\d.]+ +- +1"));
        assertThat(lines).anyMatch(l -> l.matches("sync products → Commerce Layer skus +2000 +20 +[\\d.]+ +\\d+ +1"));
        assertThat(lines).anyMatch(l -> l.matches("export oro products +500 +\\d+ +[\\d.]+ +\\d+ +0"));
        assertThat(lines).anyMatch(l -> l.matches("export products +2000 +20 +[\\d.]+ +\\d+ +1"));
        assertThat(lines).anyMatch(l -> l.matches("export products --since \\S+Z +5 +1 +[\\d.]+ +\\d+ +1"));
        assertThat(lines.get(lines.size() - 1)).startsWith("demo: every step succeeded in ");
        assertThat(run.all()).doesNotContain(MagentoSandbox.ADMIN_PASSWORD);

        // the kept files are the ones the demo checked
        assertThat(Files.readAllLines(dir.resolve("products.ndjson"))).hasSize(2000);
        List<String> changed = Files.readAllLines(dir.resolve("products-since.ndjson"));
        assertThat(changed).hasSize(5).allSatisfy(line ->
                assertThat(new ObjectMapper().readTree(line).path("name").asText()).endsWith(" (updated)"));
        assertThat(dir.resolve("products.ndjson.partial")).doesNotExist();
        assertThat(Files.readAllLines(dir.resolve("oro-products.ndjson"))).hasSize(500);
    }

    @Test
    void impossibleSettingsAreUsageErrors() {
        CliRun run = CliRun.run(Map.of(), "demo", "--products", "3", "--changes", "4");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("the demo changes between 1 and 3 products, not 4");
    }
}
