package com.commerceconnectors.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.commerceconnectors.sandbox.Sandbox;
import com.commerceconnectors.sandbox.fault.Fault;
import com.commerceconnectors.sandbox.magento.MagentoSandbox;
import com.commerceconnectors.sandbox.magento.auth.UserType;
import com.commerceconnectors.sandbox.magento.catalog.Product;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export against a sandbox catalogue: every record exactly once, --since, faults on the way, and failures. */
class ExportCommandTest {

    private static final int PRODUCTS = 240;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Sandbox sandbox;
    private static MagentoSandbox magento;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSandbox() throws IOException {
        sandbox = Sandbox.start();
        magento = sandbox.magento();
        magento.seedProducts(PRODUCTS);
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @BeforeEach
    void forgetEarlierRequests() {
        magento.resetObservations();
    }

    @Test
    void exportsEveryProductExactlyOnceAsTheApiReturnsIt() throws Exception {
        Path out = dir.resolve("products.ndjson");

        CliRun run = export("--resource", "products", "--page-size", "50", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(PRODUCTS);
        // each line is the record exactly as the API serves it: same fields, same order, same values
        Map<String, String> served = servedProducts();
        Map<String, String> exported = new HashMap<>();
        for (String line : lines) {
            exported.put(JSON.readTree(line).path("sku").asText(), line);
        }
        assertThat(exported).hasSize(PRODUCTS).isEqualTo(served);
        assertThat(Files.exists(partial(out))).isFalse();
        assertThat(run.out()).contains("exported " + PRODUCTS + " products to " + out + " (5 pages")
                .containsPattern("changes at or after \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ come with the next export:"
                        + " --since \\d{4}-");
        assertThat(run.err()).containsPattern("products: \\d+ records, \\d+ pages?");
        assertThat(magento.tokenRequests(UserType.ADMIN)).isEqualTo(1);
        assertNoSecret(run.all());
    }

    @Test
    void sinceIsInclusiveAndUtcWhenNoOffsetIsGiven() throws Exception {
        LocalDateTime since = LocalDateTime.of(2024, 1, 1, 1, 0, 0);
        Set<String> expected = magento.products().all().stream()
                .filter(p -> !p.updatedAt().isBefore(since)).map(Product::sku).collect(Collectors.toCollection(TreeSet::new));
        assertThat(magento.products().all()).anyMatch(p -> p.updatedAt().equals(since));
        assertThat(expected).hasSizeBetween(1, PRODUCTS - 1);

        Path utc = dir.resolve("utc.ndjson");
        Path offset = dir.resolve("offset.ndjson");
        Path local = dir.resolve("local.ndjson");
        assertThat(export("--resource", "products", "--since", "2024-01-01T01:00:00Z", "--out", utc.toString()).exitCode()).isZero();
        assertThat(export("--resource", "products", "--since", "2024-01-01T03:00:00+02:00", "--out", offset.toString()).exitCode()).isZero();
        assertThat(export("--resource", "products", "--since", "2024-01-01T01:00:00", "--out", local.toString()).exitCode()).isZero();

        assertThat(skus(utc)).isEqualTo(expected);
        assertThat(skus(offset)).isEqualTo(expected);
        assertThat(skus(local)).isEqualTo(expected);
        assertThat(Files.readAllLines(utc)).hasSize(expected.size());
    }

    @Test
    void nothingChangedSinceIsAnEmptyCompleteExport() throws Exception {
        Path out = dir.resolve("none.ndjson");

        CliRun run = export("--resource", "products", "--since", "2099-01-01", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readAllLines(out)).isEmpty();
        assertThat(run.out()).contains("exported 0 products")
                .contains("the next export can start there again: --since 2099-01-01T00:00:00Z");
    }

    @Test
    void faultsMidExportStillYieldEveryRecordExactlyOnce() throws Exception {
        // pages are read one after another, so the rules hit: page 2 (429, then served), page 3 (503, then served),
        // page 4 (connection dropped, then served); Delay(0) lets a request through unharmed
        magento.faults().inject("/V1/products", 1, Fault.delay(Duration.ZERO));
        magento.faults().inject("/V1/products", 1, Fault.tooManyRequests(Duration.ofSeconds(1)));
        magento.faults().inject("/V1/products", 1, Fault.delay(Duration.ZERO));
        magento.faults().inject("/V1/products", 1, Fault.serviceUnavailable(Duration.ofSeconds(1)));
        magento.faults().inject("/V1/products", 1, Fault.delay(Duration.ZERO));
        magento.faults().inject("/V1/products", 1, Fault.dropConnection());
        Path out = dir.resolve("faults.ndjson");

        CliRun run = export("--resource", "products", "--page-size", "50", "--out", out.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(magento.faults().fired()).extracting(f -> f.toString())
                .anyMatch(f -> f.contains("429")).anyMatch(f -> f.contains("503")).anyMatch(f -> f.contains("drop-connection"));
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(PRODUCTS);
        assertThat(skus(out)).hasSize(PRODUCTS).isEqualTo(allSkus());
    }

    @Test
    void aPersistentFailureExitsOneAndLeavesOnlyThePartialFile() throws Exception {
        magento.faults().inject("/V1/products", 1, Fault.delay(Duration.ZERO));
        magento.faults().inject("/V1/products", 100, Fault.serverError());
        Path out = dir.resolve("failed.ndjson");
        Files.writeString(out, "{\"an\":\"earlier, complete export\"}\n");

        CliRun run;
        String log;
        try (CapturedStandardError stderr = new CapturedStandardError()) {
            run = export("--resource", "products", "--page-size", "50", "--out", out.toString());
            log = stderr.text();
        }

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(log).as("no stack trace in the log either").doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(Files.exists(out)).isFalse();
        assertThat(Files.readAllLines(partial(out))).hasSize(50);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("error: the export of products failed: ")
                .contains("The export is incomplete: " + partial(out) + " holds what was written; " + out + " was not created.")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertNoSecret(run.all());
    }

    @Test
    void anUnreachableStoreFailsWithoutCreatingTheFile() throws Exception {
        Path document = SandboxDocuments.admin(dir, "http://127.0.0.1:1/rest");
        Path out = dir.resolve("unreachable.ndjson");

        CliRun run = CliRun.run(SandboxDocuments.ENV, "export", "--connection", document.toString(), "--resource", "products",
                "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.err()).contains("error: the export of products failed:");
        assertThat(Files.exists(out)).isFalse();
        assertThat(Files.readAllLines(partial(out))).isEmpty();
    }

    @Test
    void badArgumentsAreUsageErrorsAndBadDocumentsInvalid() throws Exception {
        Path document = SandboxDocuments.admin(dir, sandbox);
        Path out = dir.resolve("x.ndjson");
        String[] base = {"export", "--connection", document.toString(), "--out", out.toString()};

        CliRun pageSize = CliRun.run(SandboxDocuments.ENV, concat(base, "--resource", "products", "--page-size", "0"));
        CliRun since = CliRun.run(SandboxDocuments.ENV, concat(base, "--resource", "products", "--since", "last tuesday"));
        CliRun resource = CliRun.run(SandboxDocuments.ENV, concat(base, "--resource", "products?x=1"));
        CliRun noOut = CliRun.run(SandboxDocuments.ENV, "export", "--connection", document.toString(), "--resource", "products");
        Path broken = SandboxDocuments.write(dir.resolve("broken.json"), "{\"name\": \"b\", \"connector\": \"magento2\"}");
        CliRun invalid = CliRun.run(Map.of(), "export", "--connection", broken.toString(), "--resource", "products",
                "--out", out.toString());
        Path oro = SandboxDocuments.write(dir.resolve("oro.yaml"),
                "name: oro\nconnector: oro\nbaseUri: https://oro.example.com\nauth: {type: bearer, token: t}\n");
        CliRun oroPageSize = CliRun.run(Map.of(), "export", "--connection", oro.toString(), "--resource", "products",
                "--page-size", "101", "--out", out.toString());

        assertThat(pageSize.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(pageSize.err()).contains("'--page-size': must be between 1 and 10000 for magento2, not 0");
        assertThat(since.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(since.err()).contains("'last tuesday' is not an ISO-8601 date-time");
        assertThat(resource.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(resource.err()).contains("'products?x=1' is not a resource name");
        assertThat(noOut.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(invalid.exitCode()).isEqualTo(ExitCodes.INVALID_CONNECTION);
        assertThat(invalid.err()).contains("/baseUri").contains("/auth");
        assertThat(oroPageSize.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(oroPageSize.err()).contains("must be between 1 and 100 for oro, not 101");
        assertThat(Files.exists(out)).isFalse();
        assertThat(Files.exists(partial(out))).isFalse();
        assertThat(magento.apiCalls()).isZero();
    }

    @Test
    void aMissingOutputDirectoryIsReportedBeforeAnythingIsFetched() throws Exception {
        Path out = dir.resolve("no-such-directory").resolve("products.ndjson");

        CliRun run = export("--resource", "products", "--out", out.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.err()).isEqualTo("error: cannot write " + out + ": the directory " + out.getParent()
                + " does not exist\n");
        assertThat(magento.apiCalls()).isZero();
    }

    @Test
    void sinceAcceptsThePlatformsOwnTimestampFormat() throws Exception {
        Path iso = dir.resolve("iso.ndjson");
        Path platform = dir.resolve("platform.ndjson");

        assertThat(export("--resource", "products", "--since", "2024-01-01T02:00:00Z", "--out", iso.toString()).exitCode()).isZero();
        assertThat(export("--resource", "products", "--since", "2024-01-01 02:00:00", "--out", platform.toString()).exitCode()).isZero();

        assertThat(skus(platform)).isNotEmpty().isEqualTo(skus(iso));
    }

    @Test
    void verboseLogsHoldNeitherThePasswordNorTheToken() throws Exception {
        Path out = dir.resolve("verbose.ndjson");
        String log;
        CliRun run;
        try (CapturedStandardError stderr = new CapturedStandardError()) {
            run = CliRun.run(SandboxDocuments.ENV, "--verbose", "export", "--connection",
                    SandboxDocuments.admin(dir, sandbox).toString(), "--resource", "products", "--page-size", "100",
                    "--out", out.toString());
            log = stderr.text();
        }

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(log).contains("DEBUG").contains("stateRepository=#exportState");
        assertNoSecret(log + run.all());
    }

    private CliRun export(String... args) throws IOException {
        Path document = SandboxDocuments.admin(dir, sandbox);
        return CliRun.run(SandboxDocuments.ENV, concat(new String[] {"export", "--connection", document.toString()}, args));
    }

    /** Every product as the sandbox's search serves it, serialised compactly, by SKU. */
    private static Map<String, String> servedProducts() throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(magento.restUri()
                        + "/V1/products?searchCriteria%5BpageSize%5D=1000&searchCriteria%5BcurrentPage%5D=1"))
                .header("Authorization", "Bearer " + MagentoSandbox.INTEGRATION_TOKEN).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        Map<String, String> bySku = new HashMap<>();
        for (JsonNode item : JSON.readTree(response.body()).path("items")) {
            bySku.put(item.path("sku").asText(), JSON.writeValueAsString(item));
        }
        return bySku;
    }

    private static Set<String> skus(Path ndjson) throws IOException {
        Set<String> skus = new TreeSet<>();
        for (String line : Files.readAllLines(ndjson)) {
            skus.add(JSON.readTree(line).path("sku").asText());
        }
        return skus;
    }

    private static Set<String> allSkus() {
        return magento.products().all().stream().map(Product::sku).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Path partial(Path out) {
        return out.resolveSibling(out.getFileName() + ".partial");
    }

    private static void assertNoSecret(String output) {
        assertThat(output).doesNotContain(MagentoSandbox.ADMIN_PASSWORD);
        magento.lastAuthorizationHeader().map(h -> h.substring(h.indexOf(' ') + 1))
                .ifPresent(token -> assertThat(output).doesNotContain(token));
    }

    private static String[] concat(String[] first, String... rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(rest));
        return all.toArray(String[]::new);
    }
}
