package com.commerceconnectors.cli;

import com.commerceconnectors.sandbox.magento.MagentoDemoData;
import com.commerceconnectors.sandbox.oro.OroDemoData;
import com.commerceconnectors.sandbox.Sandbox;
import com.commerceconnectors.sandbox.magento.MagentoSandbox;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** run: the sample routes, as shipped in routes/, through Camel Main against the sandbox. */
class RunCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theIncrementalExportSampleWritesEveryProductOnceAndKeepsItsWatermark() throws Exception {
        CliRun run = CliRun.run(Map.of(), "run", "--sandbox",
                "-p", "exportDir=" + dir, "-p", "exportCron=0/1 * * * * ?",
                "--max-messages", "" + MagentoDemoData.PRODUCTS, "--max-seconds", "60",
                "routes/magento2-incremental-export.camel.yaml");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).contains("1 route(s), " + MagentoDemoData.PRODUCTS + " exchange(s) completed, 0 failed");
        List<String> lines = Files.readAllLines(dir.resolve("magento-products.ndjson"));
        Set<String> skus = new HashSet<>();
        for (String line : lines) {
            JsonNode product = JSON.readTree(line);
            skus.add(product.path("sku").asText());
        }
        assertThat(lines).hasSize(MagentoDemoData.PRODUCTS);
        assertThat(skus).hasSize(MagentoDemoData.PRODUCTS);
        assertThat(Files.readString(dir.resolve("magento-products.state"))).as("the watermark was stored").isNotBlank();
    }

    @Test
    void theJavaDslTwinExportsTheSameWay() throws Exception {
        CliRun run = CliRun.run(Map.of(), "run", "--sandbox",
                "-p", "exportDir=" + dir, "-p", "exportCron=0/1+*+*+*+*+?",
                "--max-messages", "" + MagentoDemoData.PRODUCTS, "--max-seconds", "60",
                "com.commerceconnectors.samples.Magento2IncrementalExport");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readAllLines(dir.resolve("magento-products.ndjson"))).hasSize(MagentoDemoData.PRODUCTS);
    }

    @Test
    void theOroExportSampleWritesEveryOroProductOnceInBothDsls() throws Exception {
        for (String route : List.of("routes/oro-product-export.camel.yaml", "com.commerceconnectors.samples.OroProductExport")) {
            Path out = Files.createDirectories(dir.resolve(route.replace('/', '_')));
            CliRun run = CliRun.run(Map.of(), "run", "--sandbox", "-p", "exportDir=" + out, "-p", "exportCron=0/1+*+*+*+*+?",
                    "--max-messages", "" + OroDemoData.PRODUCTS, "--max-seconds", "60", route);
            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
            Set<String> ids = new HashSet<>();
            List<String> lines = Files.readAllLines(out.resolve("oro-products.ndjson"));
            for (String line : lines) {
                JsonNode product = JSON.readTree(line);
                assertThat(product.path("type").asText()).isEqualTo("products");
                ids.add(product.path("id").asText());
            }
            assertThat(lines).as(route).hasSize(OroDemoData.PRODUCTS);
            assertThat(ids).hasSize(OroDemoData.PRODUCTS);
        }
    }

    @Test
    void theTestConnectionsSampleSucceedsAgainstTheSandbox() {
        CliRun run = CliRun.run(Map.of(), "run", "--sandbox", "--max-messages", "3", "--max-seconds", "30",
                "routes/test-connections.camel.yaml");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(run.err()).contains("3 route(s), 3 exchange(s) completed, 0 failed");
    }

    @Test
    void aRefusedConnectionFailsTheTestConnectionsRouteWithoutShowingThePassword() throws Exception {
        try (Sandbox sandbox = Sandbox.builder().start()) {
            Path document = dir.resolve("shop.yaml");
            Files.writeString(document, """
                    name: wrong
                    connector: magento2
                    baseUri: %s
                    auth:
                      type: requestAuth
                      username: %s
                      password: ${env:SHOP_PASSWORD}
                      userType: admin
                    """.formatted(sandbox.magentoRestUri(), MagentoSandbox.ADMIN_USERNAME));
            // the sandbox's oro and commercelayer connections work; this magento2 connection does not
            CliRun run = CliRun.run(Map.of("SHOP_PASSWORD", "not-the-Passw0rd"), "run", "--sandbox",
                    "--connection", "magento=" + document, "--max-messages", "3", "--max-seconds", "30",
                    "routes/test-connections.camel.yaml");
            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FAILURE);
            assertThat(run.err()).contains("2 exchange(s) completed, 1 failed").doesNotContain("not-the-Passw0rd");
        }
    }

    @Test
    void theSkuSyncSampleUpsertsEveryMagentoProductIntoCommerceLayerInBothDsls() throws Exception {
        for (String route : List.of("routes/magento2-to-commercelayer-skus.camel.yaml",
                "com.commerceconnectors.samples.MagentoToCommerceLayerSkuSync")) {
            Path out = Files.createDirectories(dir.resolve(route.replace('/', '_')));
            CliRun run = CliRun.run(Map.of(), "run", "--sandbox", "-p", "exportDir=" + out, "-p", "syncCron=0/1+*+*+*+*+?",
                    "--max-messages", "" + MagentoDemoData.PRODUCTS, "--max-seconds", "120", route);
            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
            assertThat(run.err()).contains(MagentoDemoData.PRODUCTS + " exchange(s) completed, 0 failed");
            assertThat(Files.readString(out.resolve("sku-sync.state"))).as("the sync's watermark").isNotBlank();
        }
    }

    @Test
    void routesThatAreNeitherYamlFilesNorRouteBuildersAreUsageErrors() {
        CliRun missing = CliRun.run(Map.of(), "run", "routes/no-such-route.camel.yaml");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("no such route file: routes/no-such-route.camel.yaml");
        CliRun notABuilder = CliRun.run(Map.of(), "run", "java.lang.String");
        assertThat(notABuilder.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(notABuilder.err()).contains("java.lang.String is not a Camel RoutesBuilder");
        CliRun badName = CliRun.run(Map.of(), "run", "--connection", "1x=shop.yaml", "routes/test-connections.camel.yaml");
        assertThat(badName.exitCode()).isEqualTo(ExitCodes.USAGE);
    }
}
