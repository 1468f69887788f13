package com.commerceconnectors.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.commerceconnectors.sandbox.ManualClock;
import com.commerceconnectors.sandbox.Sandbox;
import com.commerceconnectors.sandbox.fault.Fault;
import com.commerceconnectors.sandbox.log.RecordedRequest;
import com.commerceconnectors.sandbox.magento.MagentoSandbox;
import com.commerceconnectors.sandbox.magento.auth.UserType;
import com.commerceconnectors.sandbox.magento.catalog.Product;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * import against a sandbox store started for each test: exact counts, the store's data afterwards, failed lines with
 * their numbers, a stop on failures every line would share, and a round trip through export.
 */
class ImportCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Sandbox sandbox;
    private MagentoSandbox magento;

    @BeforeEach
    void startSandbox() throws IOException {
        sandbox = Sandbox.start();
        magento = sandbox.magento();
        magento.seedProducts(10);
    }

    @AfterEach
    void stopSandbox() {
        sandbox.close();
    }

    @Test
    void createsNewProductsAndUpdatesExistingOnesWithExactCounts() throws Exception {
        Path in = ndjson("mix.ndjson",
                "{\"sku\": \"SBX-000001\", \"price\": 11.10, \"name\": \"Renamed One\"}",
                product("NEW-1", "New One", "21.50"),
                "",
                "{\"sku\": \"SBX-000002\", \"price\": 12.20}",
                product("NEW-2", "New Two", "22.50"),
                "   ",
                "{\"sku\": \"SBX-000003\", \"name\": \"Renamed Three\"}",
                product("NEW-3", "New Three", "23.50"));

        CliRun run = importProducts(in);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(summary(run)).isEqualTo(JSON.readTree("{\"created\":3,\"updated\":3,\"failed\":0,\"errors\":[]}"));
        assertThat(product("SBX-000001").name()).isEqualTo("Renamed One");
        assertThat(product("SBX-000001").price()).isEqualByComparingTo("11.10");
        assertThat(product("SBX-000002").price()).isEqualByComparingTo("12.20");
        assertThat(product("SBX-000003").name()).isEqualTo("Renamed Three");
        assertThat(product("NEW-2").name()).isEqualTo("New Two");
        assertThat(product("NEW-2").price()).isEqualByComparingTo("22.50");
        assertThat(magento.products().size()).isEqualTo(13);
        // writes go to the admin scope, not the default store view
        assertThat(writes()).hasSize(6).allMatch(r -> "all".equals(r.scope()), "scope all");
        assertThat(run.err()).contains("products: 6 records (3 created, 3 updated, 0 failed) in ");
        assertThat(magento.tokenRequests(UserType.ADMIN)).isEqualTo(1);
        assertNoSecret(run.all());
    }

    @Test
    void aUrlKeyClashIsReportedPerRecordWithTheFieldAndTheFix() throws Exception {
        // no url_key sent: Magento makes each from the name, as it does for a new product
        Path in = ndjson("same-names.ndjson",
                "{\"sku\": \"TEE-S\", \"name\": \"Plain Tee\", \"price\": 9.00}",
                "{\"sku\": \"TEE-M\", \"name\": \"Plain Tee\", \"price\": 9.00}",
                "{\"sku\": \"MUG-1\", \"name\": \"Mug\", \"price\": 5.00}",
                "{\"sku\": \"TEE-L\", \"name\": \"Plain Tee\", \"price\": 9.00}");

        CliRun run = CliRun.run(SandboxDocuments.ENV, "import", "--connection", document().toString(), "--resource",
                "products", "--in", in.toString(), "--parallel", "1");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.FAILURE);
        JsonNode summary = summary(run);
        assertThat(summary.path("created").asInt()).isEqualTo(2);
        assertThat(summary.path("failed").asInt()).isEqualTo(2);
        List<JsonNode> errors = new ArrayList<>();
        summary.path("errors").forEach(errors::add);
        assertThat(errors).extracting(e -> e.path("line").asInt()).containsExactly(2, 4);
        assertThat(errors).extracting(e -> e.path("key").asText()).containsExactly("TEE-M", "TEE-L");
        assertThat(errors).allSatisfy(e -> {
            assertThat(e.path("fields").toString()).isEqualTo("[\"url_key\"]");
            assertThat(e.path("message").asText()).contains("URL key for specified store already exists")
                    .contains("its name 'Plain Tee'").contains("--url-key-from sku");
        });
        assertThat(run.err()).as("one clash does not stop the run").doesNotContain("stopped sending");

        CliRun again = CliRun.run(SandboxDocuments.ENV, "import", "--connection", document().toString(), "--resource",
                "products", "--in", in.toString(), "--url-key-from", "sku");

        assertThat(again.exitCode()).as(again.err()).isEqualTo(ExitCodes.OK);
        assertThat(summary(again)).isEqualTo(JSON.readTree("{\"created\":2,\"updated\":2,\"failed\":0,\"errors\":[]}"));
        assertThat(product("TEE-M").attribute("url_key", 0)).isEqualTo("tee-m");
        assertThat(product("TEE-S").attribute("url_key", 0)).as("an existing product keeps its key").isEqualTo("plain-tee");
    }

    @Test
    void urlKeyFromIsForMagentoProductsAndTakesNameOrSku() throws Exception {
        Path in = ndjson("one.ndjson", product("ONE", "One", "1.00"));

        CliRun wrongValue = CliRun.run(SandboxDocuments.ENV, "import", "--connection", document().toString(),
                "--resource", "products", "--in", in.toString(), "--url-key-from", "id");
        CliRun customers = CliRun.run(SandboxDocuments.ENV, "import", "--connection", document().toString(),
                "--resource", "customers", "--in", in.toString(), "--url-key-from", "sku");

        assertThat(wrongValue.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(wrongValue.err()).contains("use name or sku");
        assertThat(customers.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(customers.err()).contains("magento2 products");
    }

    @Test
    void acceptsTheWrappedFormBesideTheBareOne() throws Exception {
        Path in = ndjson("wrapped.ndjson",
                "{\"product\": " + product("WRAP-1", "Wrapped One", "31.00") + "}",
                product("BARE-1", "Bare One", "32.00"),
                "{\"product\": {\"sku\": \"SBX-000004\", \"price\": 44.40}}");

        CliRun run = importProducts(in);

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(summary(run)).isEqualTo(JSON.readTree("{\"created\":2,\"updated\":1,\"failed\":0,\"errors\":[]}"));
        assertThat(product("WRAP-1").name()).isEqualTo("Wrapped One");
        assertThat(product("BARE-1").price()).isEqualByComparingTo("32.00");
        assertThat(product("SBX-000004").price()).isEqualByComparingTo("44.40");
    }

    @Test
    void badLinesFailWithTheirNumbersAndTheOthersAreStillImported() throws Exception {
        Path in = ndjson("bad.ndjson",
                product("GOOD-1", "Good One", "10.00"),
                "{\"sku\": \"BROKEN\", \"name\": ",
                "[" + product("IN-A-LIST", "Listed", "1.00") + "]",
                "{\"sku\": \"NO-NAME\", \"price\": 5.00, \"attribute_set_id\": 4, \"type_id\": \"simple\"}",
                "{\"sku\": \"NO-PRICE\", \"name\": \"Priceless\", \"attribute_set_id\": 4, \"type_id\": \"simple\"}",
                "{\"sku\": \"TWO\"} {\"sku\": \"VALUES\"}",
                "",
                product("GOOD-2", "Good Two", "20.00"));

        CliRun run = importProducts(in);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        JsonNode summary = summary(run);
        assertThat(summary.path("created").asLong()).isEqualTo(2);
        assertThat(summary.path("updated").asLong()).isZero();
        assertThat(summary.path("failed").asLong()).isEqualTo(5);
        JsonNode errors = summary.path("errors");
        assertThat(errors).hasSize(5);
        assertThat(errors).extracting(e -> e.path("line").asInt()).containsExactly(2, 3, 4, 5, 6);

        assertThat(errors.get(0).path("key").isNull()).isTrue();
        assertThat(errors.get(0).path("message").asText()).contains("not valid JSON").doesNotContain("BROKEN");
        assertThat(errors.get(1).path("message").asText()).contains("JSON array, not a record");
        assertThat(errors.get(2).path("key").asText()).isEqualTo("NO-NAME");
        assertThat(errors.get(2).path("message").asText()).contains("\"Product Name\" attribute value is empty");
        assertThat(errors.get(2).path("fields")).extracting(JsonNode::asText).containsExactly("name");
        assertThat(errors.get(3).path("key").asText()).isEqualTo("NO-PRICE");
        assertThat(errors.get(3).path("fields")).extracting(JsonNode::asText).containsExactly("price");
        assertThat(errors.get(4).path("message").asText()).contains("more than one JSON value");
        for (JsonNode error : errors) {
            assertThat(error.fieldNames()).toIterable().containsExactly("line", "key", "message", "fields");
            assertThat(error.path("message").asText()).doesNotContain("Exception").doesNotContain("\tat ");
        }

        assertThat(magento.products().find("GOOD-1")).isPresent();
        assertThat(magento.products().find("GOOD-2")).isPresent();
        assertThat(magento.products().find("NO-NAME")).isEmpty();
        assertThat(magento.products().find("NO-PRICE")).isEmpty();
        assertThat(magento.products().find("IN-A-LIST")).isEmpty();
        assertThat(run.err()).contains("products: 7 records (2 created, 0 updated, 5 failed)");
    }

    @Test
    void linesNamingTheSameProductAreWrittenInFileOrderAndCountedExactly() throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            lines.add(product("SAME-SKU", "Version " + i, i + ".00"));
            lines.add(product("OTHER-" + i, "Other " + i, "3.00"));
        }
        // Magento compares SKUs without regard to case: this is the same product again
        lines.add("{\"sku\": \"same-sku\", \"price\": 99.00}");

        CliRun run = CliRun.run(SandboxDocuments.ENV, "import", "--connection", document().toString(),
                "--resource", "products", "--in", ndjson("same.ndjson", lines.toArray(String[]::new)).toString(),
                "--parallel", "8");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(summary(run)).isEqualTo(JSON.readTree("{\"created\":13,\"updated\":12,\"failed\":0,\"errors\":[]}"));
        assertThat(product("SAME-SKU").name()).isEqualTo("Version 12");
        assertThat(product("SAME-SKU").price()).isEqualByComparingTo("99.00");
    }

    @Test
    void aWrongPasswordStopsTheRunAfterOneSignIn() throws Exception {
        Path in = ndjson("many.ndjson", products(40, "LOCKED-"));
        Map<String, String> wrongPassword = Map.of(SandboxDocuments.PASSWORD_VARIABLE, "not-the-password");

        CliRun run = CliRun.run(wrongPassword, "import", "--connection", document().toString(),
                "--resource", "products", "--in", in.toString(), "--parallel", "4");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        JsonNode summary = summary(run);
        assertThat(summary.path("created").asLong() + summary.path("updated").asLong()).isZero();
        assertThat(summary.path("failed").asLong()).isEqualTo(40);
        assertThat(summary.path("errors")).hasSize(40);
        assertThat(summary.path("errors").get(39).path("key").asText()).isEqualTo("LOCKED-40");
        assertThat(summary.path("errors").findValuesAsText("message"))
                .anyMatch(m -> m.contains("sign-in") || m.contains("401"))
                .anyMatch(m -> m.startsWith("not sent: the import stopped after line "));
        // one refused sign-in, however many lines: six lock a Magento admin
        assertThat(magento.tokenRequests(UserType.ADMIN)).isEqualTo(1);
        assertThat(magento.failedLogins(UserType.ADMIN, MagentoSandbox.ADMIN_USERNAME)).isEqualTo(1);
        assertThat(run.err()).contains("error: the import stopped sending after line ");
        assertThat(run.all()).doesNotContain("not-the-password").doesNotContain(MagentoSandbox.ADMIN_PASSWORD);
    }

    @Test
    void aResourceWithoutUpsertStopsBeforeAnythingIsSent() throws Exception {
        Path in = ndjson("orders.ndjson", "{\"entity_id\": 1, \"status\": \"pending\"}", "{\"entity_id\": 2}");
        magento.resetObservations();

        CliRun run = CliRun.run(SandboxDocuments.ENV, "import", "--connection", document().toString(),
                "--resource", "orders", "--in", in.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        JsonNode summary = summary(run);
        assertThat(summary.path("failed").asLong()).isEqualTo(2);
        assertThat(summary.path("errors").get(0).path("key").asText()).isEqualTo("1");
        assertThat(summary.path("errors").get(0).path("message").asText())
                .contains("Magento has no upsert route for orders");
        assertThat(magento.apiCalls()).isZero();
    }

    @Test
    void aWriteWhoseOutcomeIsUnknownIsReportedAndNotSentAgain() throws Exception {
        // a new customer is created with POST, which the connector never repeats once it may have been processed
        magento.faults().on("/V1/customers").method("POST").times(1).respond(Fault.dropConnection());
        Path in = ndjson("customers.ndjson",
                "{\"email\": \"first@example.com\", \"firstname\": \"Ada\", \"lastname\": \"First\"}",
                "{\"customer\": {\"email\": \"second@example.com\", \"firstname\": \"Bo\", \"lastname\": \"Second\"}}");
        int before = magento.customers().size();

        CliRun run = CliRun.run(SandboxDocuments.ENV, "import", "--connection", document().toString(),
                "--resource", "customers", "--in", in.toString(), "--parallel", "1");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        JsonNode summary = summary(run);
        assertThat(summary.path("created").asLong()).isEqualTo(1);
        assertThat(summary.path("failed").asLong()).isEqualTo(1);
        JsonNode error = summary.path("errors").get(0);
        assertThat(error.path("line").asInt()).isEqualTo(1);
        assertThat(error.path("message").asText()).contains("is unknown").contains("not sent again");
        assertThat(magento.requests().matching(r -> "POST".equals(r.method()) && r.routePath().equals("/V1/customers")))
                .as("the dropped POST once, the second customer's POST once").hasSize(2);
        assertThat(magento.customers().size()).isEqualTo(before + 1);
        assertThat(magento.customers().all()).anyMatch(c -> c.email().equals("second@example.com"));
    }

    @Test
    void aMissingInputFileIsAUsageError() throws Exception {
        Path missing = dir.resolve("no-such.ndjson");
        magento.resetObservations();

        CliRun run = importProducts(missing);
        CliRun directory = importProducts(dir);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains("error: Invalid value for option '--in': " + missing + " does not exist");
        assertThat(run.out()).isEmpty();
        assertThat(directory.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(directory.err()).contains("is a directory");
        assertThat(magento.apiCalls()).isZero();
    }

    @Test
    void badOptionsAreUsageErrorsAndAnInvalidDocumentIsTwo() throws Exception {
        Path in = ndjson("one.ndjson", product("ONE", "One", "1.00"));
        String[] base = {"import", "--connection", document().toString(), "--in", in.toString()};

        CliRun zero = CliRun.run(SandboxDocuments.ENV, concat(base, "--resource", "products", "--parallel", "0"));
        CliRun tooMany = CliRun.run(SandboxDocuments.ENV, concat(base, "--resource", "products", "--parallel", "17"));
        CliRun resource = CliRun.run(SandboxDocuments.ENV, concat(base, "--resource", "products?x=1"));
        CliRun noIn = CliRun.run(SandboxDocuments.ENV, "import", "--connection", document().toString(), "--resource", "products");
        Path broken = SandboxDocuments.write(dir.resolve("broken.json"), "{\"name\": \"b\", \"connector\": \"magento2\"}");
        CliRun invalid = CliRun.run(Map.of(), "import", "--connection", broken.toString(), "--resource", "products",
                "--in", in.toString());

        assertThat(zero.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(zero.err()).contains("'--parallel': must be between 1 and 16, not 0");
        assertThat(tooMany.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(resource.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(resource.err()).contains("'products?x=1' is not a resource name");
        assertThat(noIn.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(invalid.exitCode()).isEqualTo(ExitCodes.INVALID_CONNECTION);
        assertThat(invalid.err()).contains("/baseUri").contains("/auth");
        assertThat(invalid.out()).isEmpty();
        assertThat(magento.products().find("ONE")).isEmpty();
    }

    @Test
    void readsStandardInputAndKeepsSecretsOutOfEveryOutputAndLog() throws Exception {
        String stdin = product("PIPED-1", "Piped", "7.00") + "\n{\"sku\": \"NO-NAME\", \"price\": 1}\n";
        CliRun run;
        String log;
        try (CapturedStandardError stderr = new CapturedStandardError()) {
            run = CliRun.withInput(SandboxDocuments.ENV, stdin, "--verbose", "import", "--connection",
                    document().toString(), "--resource", "products", "--in", "-");
            log = stderr.text();
        }

        assertThat(run.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(summary(run).path("created").asLong()).isEqualTo(1);
        assertThat(magento.products().find("PIPED-1")).isPresent();
        assertThat(log).contains("DEBUG").contains("operation=upsert&connection=#conn");
        assertNoSecret(log + run.all());
    }

    @Test
    void anExportImportedIntoAnotherStoreExportsTheSame() throws Exception {
        magento.seedProducts(50);
        Path first = dir.resolve("first.ndjson");
        assertThat(CliRun.run(SandboxDocuments.ENV, "export", "--connection", document().toString(),
                "--resource", "products", "--out", first.toString()).exitCode()).isZero();
        assertThat(Files.readAllLines(first)).hasSize(60);

        ManualClock clock = new ManualClock(Instant.parse("2026-03-01T12:00:00Z"));
        try (Sandbox target = Sandbox.builder().clock(clock).start()) {
            Path targetDocument = SandboxDocuments.admin(Files.createDirectory(dir.resolve("target")), target);
            CliRun imported = CliRun.run(SandboxDocuments.ENV, "import", "--connection", targetDocument.toString(),
                    "--resource", "products", "--in", first.toString(), "--parallel", "8");
            assertThat(imported.exitCode()).as(imported.err()).isZero();
            assertThat(summary(imported)).isEqualTo(JSON.readTree("{\"created\":60,\"updated\":0,\"failed\":0,\"errors\":[]}"));
            // an export leaves out the last few seconds' changes (they come with the next one): let them settle
            clock.advance(Duration.ofMinutes(1));

            Path second = dir.resolve("second.ndjson");
            assertThat(CliRun.run(SandboxDocuments.ENV, "export", "--connection", targetDocument.toString(),
                    "--resource", "products", "--out", second.toString()).exitCode()).isZero();

            Map<String, JsonNode> source = writable(first);
            Map<String, JsonNode> copy = writable(second);
            assertThat(copy.keySet()).hasSize(60).isEqualTo(source.keySet());
            source.forEach((sku, record) -> assertThat(copy.get(sku)).as(sku).isEqualTo(record));
            // the store assigned its own ids and times rather than taking the source's
            assertThat(target.magento().products().all())
                    .allMatch(p -> p.updatedAt().equals(LocalDateTime.of(2026, 3, 1, 12, 0)), "stamped by the target store");
        }
    }

    @Test
    void measuresTheImportOfAThousandProducts() throws Exception {
        Path in = ndjson("thousand.ndjson", products(1000, "PERF-"));
        StringBuilder figures = new StringBuilder();
        for (int parallel : new int[] {1, 8}) {
            try (Sandbox target = Sandbox.start()) {
                Path targetDocument = SandboxDocuments.admin(Files.createDirectories(dir.resolve("p" + parallel)), target);
                long started = System.nanoTime();
                CliRun run = CliRun.run(SandboxDocuments.ENV, "import", "--connection", targetDocument.toString(),
                        "--resource", "products", "--in", in.toString(), "--parallel", Integer.toString(parallel));
                double seconds = (System.nanoTime() - started) / 1e9;

                assertThat(run.exitCode()).as(run.err()).isZero();
                assertThat(summary(run)).isEqualTo(JSON.readTree("{\"created\":1000,\"updated\":0,\"failed\":0,\"errors\":[]}"));
                assertThat(target.magento().products().size()).isEqualTo(1000);
                figures.append(String.format(Locale.ROOT, "  --parallel %d: %.2f s, %.0f records/s%n", parallel, seconds,
                        1000 / seconds));
            }
        }
        System.err.print("import of 1000 products into the sandbox:\n" + figures);
    }

    private CliRun importProducts(Path in) throws IOException {
        return CliRun.run(SandboxDocuments.ENV, "import", "--connection", document().toString(), "--resource", "products",
                "--in", in.toString());
    }

    private Path document() throws IOException {
        return SandboxDocuments.admin(dir, sandbox);
    }

    private Path ndjson(String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
    }

    private static String product(String sku, String name, String price) {
        return "{\"sku\": \"" + sku + "\", \"name\": \"" + name + "\", \"price\": " + price
                + ", \"attribute_set_id\": 4, \"type_id\": \"simple\", \"status\": 1, \"visibility\": 4,"
                + " \"custom_attributes\": [{\"attribute_code\": \"url_key\", \"value\": \""
                + sku.toLowerCase(Locale.ROOT) + "\"}]}";
    }

    private static String[] products(int count, String prefix) {
        String[] lines = new String[count];
        for (int i = 0; i < count; i++) {
            lines[i] = product(prefix + (i + 1), "Product " + (i + 1), (i % 90 + 10) + ".99");
        }
        return lines;
    }

    private Product product(String sku) {
        return magento.products().find(sku).orElseThrow(() -> new AssertionError("no product " + sku));
    }

    private List<RecordedRequest> writes() {
        return magento.requests().matching(r -> "PUT".equals(r.method()) || "POST".equals(r.method()))
                .stream().filter(r -> r.routePath().startsWith("/V1/products")).toList();
    }

    /** The one JSON object on standard output. */
    private static JsonNode summary(CliRun run) throws IOException {
        assertThat(run.out().lines().toList()).as(run.err()).hasSize(1);
        return JSON.readTree(run.out());
    }

    /**
     * Each exported product by SKU, without what the store assigns itself (id, timestamps), and with its custom
     * attributes by code: their order in the list carries no meaning.
     */
    private static Map<String, JsonNode> writable(Path ndjson) throws IOException {
        Map<String, JsonNode> bySku = new TreeMap<>();
        for (String line : Files.readAllLines(ndjson)) {
            ObjectNode record = (ObjectNode) JSON.readTree(line);
            record.remove(List.of("id", "created_at", "updated_at"));
            ObjectNode custom = JSON.createObjectNode();
            record.path("custom_attributes").forEach(a -> custom.set(a.path("attribute_code").asText(), a.path("value")));
            record.set("custom_attributes", custom);
            bySku.put(record.path("sku").asText(), record);
        }
        return bySku;
    }

    private void assertNoSecret(String output) {
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
