package com.commerceconnectors.cli.demo;

import com.commerceconnectors.cli.check.ConnectionCheck;
import com.commerceconnectors.cli.check.ConnectionVerdict;
import com.commerceconnectors.cli.export.ExportException;
import com.commerceconnectors.cli.export.ExportFlow;
import com.commerceconnectors.cli.export.ExportProgress;
import com.commerceconnectors.cli.export.ExportRequest;
import com.commerceconnectors.cli.export.ExportResult;
import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.ConnectionException;
import com.commerceconnectors.connection.ConnectionLoader;
import com.commerceconnectors.magento2.Magento2Configuration;
import com.commerceconnectors.sandbox.Sandbox;
import com.commerceconnectors.sandbox.magento.MagentoSandbox;
import com.commerceconnectors.sandbox.magento.auth.UserType;
import com.commerceconnectors.sandbox.commercelayer.CommerceLayerDemoData;
import com.commerceconnectors.sandbox.oro.OroDemoData;
import com.commerceconnectors.sandbox.oro.OroSandbox;
import com.commerceconnectors.cli.run.SandboxConnections;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo, end to end against the embedded sandbox: seed the three platforms, write a connection document for each,
 * test the connections, export every Magento product, change a few and export again from the first export's upper
 * bound, sync Magento's products into Commerce Layer as SKUs with the sample route, and export Oro's products — each
 * flow through the same code as its command or sample, each result checked. Prints one line per step and a summary
 * table.
 */
public final class DemoScenario {

    /** How long to wait, e.g. {@code Thread::sleep} in real runs. */
    @FunctionalInterface
    public interface Pause {
        void pause(Duration duration) throws InterruptedException;
    }

    /**
     * @param products      products to seed
     * @param changes       products to change before the incremental export
     * @param workDirectory where to keep the connection document and the exports; {@code null} for a temporary
     *                      directory removed at the end
     */
    public record Settings(int products, int changes, Path workDirectory) {
        public Settings {
            if (products < 1) {
                throw new IllegalArgumentException("the demo needs at least one product, not " + products);
            }
            if (changes < 1 || changes > products) {
                throw new IllegalArgumentException("the demo changes between 1 and " + products + " products, not " + changes);
            }
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(DemoScenario.class);
    private static final int STEPS = 8;
    private static final String RESOURCE = "products";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PrintWriter out;
    private final Clock clock;
    private final Pause pause;
    private final List<FlowStats> flows = new ArrayList<>();
    private int step;

    public DemoScenario(PrintWriter out, Clock clock, Pause pause) {
        this.out = out;
        this.clock = clock;
        this.pause = pause;
    }

    /** Runs every step; true when each succeeded and every count was as expected. */
    public boolean run(Settings settings) throws InterruptedException {
        Instant started = clock.instant();
        Path directory = null;
        boolean temporary = settings.workDirectory() == null;
        try {
            directory = temporary ? Files.createTempDirectory("connectors-demo") : Files.createDirectories(settings.workDirectory());
            try (Sandbox sandbox = startSandbox(settings.products())) {
                Connections connections = writeConnections(directory, sandbox);
                testConnections(connections, sandbox);
                Instant upperBound = fullExport(connections.magento(), sandbox.magento(), directory);
                Map<String, BigDecimal> changed = changeProducts(sandbox.magento(), settings.changes(), upperBound);
                waitPastBound(upperBound);
                incrementalExport(connections.magento(), sandbox.magento(), directory, upperBound, changed);
                skuSync(connections, sandbox);
                oroExport(connections.oro(), sandbox.oro(), directory);
            }
            summary();
            out.println(String.format(Locale.ROOT, "demo: every step succeeded in %.1f s",
                    Duration.between(started, clock.instant()).toNanos() / 1e9));
            return true;
        } catch (DemoFailure | IOException e) {
            out.println("demo: step " + step + "/" + STEPS + " FAILED: " + e.getMessage());
            summary();
            return false;
        } catch (RuntimeException e) {
            LOG.debug("The demo failed unexpectedly", e);
            out.println("demo: step " + step + "/" + STEPS + " FAILED: unexpected " + e.getClass().getSimpleName()
                    + "; run again with --verbose for details");
            summary();
            return false;
        } finally {
            if (temporary && directory != null) {
                deleteQuietly(directory);
            }
            out.flush();
        }
    }

    private Sandbox startSandbox(int products) throws IOException {
        begin();
        Instant t0 = clock.instant();
        Sandbox sandbox = Sandbox.builder().start();
        try {
            sandbox.magento().seedProducts(products);
            OroDemoData.seed(sandbox.oro());
            CommerceLayerDemoData.seed(sandbox.commerceLayer());
        } catch (RuntimeException e) {
            sandbox.close();
            throw e;
        }
        report("sandbox up at " + sandbox.baseUri() + ": Magento with " + products + " products, Oro with "
                + sandbox.oro().products() + " products, Commerce Layer with " + sandbox.commerceLayer().skus() + " SKUs ("
                + seconds(t0) + ")");
        return sandbox;
    }

    /** The demo's three connections, one per platform. */
    private record Connections(Connection magento, Connection oro, Connection commerceLayer) {
    }

    private Connections writeConnections(Path directory, Sandbox sandbox) throws IOException, DemoFailure {
        begin();
        Path magento = DemoConnectionDocument.write(directory, sandbox);
        Path oro = Files.writeString(directory.resolve("sandbox-oro.json"), SandboxConnections.oro(sandbox).toPrettyString());
        Path commerceLayer = Files.writeString(directory.resolve("sandbox-commercelayer.json"),
                SandboxConnections.commerceLayer(sandbox).toPrettyString());
        try {
            ConnectionLoader loader = new ConnectionLoader();
            Connections connections = new Connections(loader.load(magento), loader.load(oro), loader.load(commerceLayer));
            report("connection documents: " + magento.getFileName() + " (magento2 requestAuth as the admin), "
                    + oro.getFileName() + " (oro wsse), " + commerceLayer.getFileName()
                    + " (commercelayer oauth2 client credentials)");
            return connections;
        } catch (ConnectionException e) {
            throw new DemoFailure(e.getMessage());
        }
    }

    private void testConnections(Connections connections, Sandbox sandbox) throws DemoFailure {
        begin();
        List<String> verdicts = new ArrayList<>();
        verdicts.add(testConnection(connections.magento(), () -> tokenRequests(sandbox.magento()), true));
        verdicts.add(testConnection(connections.oro(), () -> 0, false));
        verdicts.add(testConnection(connections.commerceLayer(), () -> sandbox.commerceLayer().tokenRequests().requests(), true));
        report("test-connection: " + String.join(", ", verdicts));
    }

    private String testConnection(Connection connection, java.util.function.IntSupplier tokens, boolean signsIn)
            throws DemoFailure {
        int tokensBefore = tokens.getAsInt();
        Instant t0 = clock.instant();
        ConnectionVerdict verdict = new ConnectionCheck().test(connection);
        String flow = "test-connection " + connection.connector().id();
        FlowStats stats = new FlowStats(flow, OptionalLong.empty(), OptionalInt.empty(),
                Duration.between(t0, clock.instant()), tokens.getAsInt() - tokensBefore);
        flows.add(stats);
        if (!verdict.ok()) {
            throw new DemoFailure(flow + ": " + verdict.category() + ": " + verdict.message());
        }
        if (signsIn) {
            requireOneSignIn(stats);
        }
        return connection.connector().id() + " " + verdict.category() + " (" + verdict.latencyMs() + " ms)";
    }

    /** Exports everything; returns the upper bound, where the next export starts. */
    private Instant fullExport(Connection connection, MagentoSandbox magento, Path directory)
            throws DemoFailure, InterruptedException, IOException {
        begin();
        ExportResult result = export("export " + RESOURCE, connection, magento, null, directory.resolve(RESOURCE + ".ndjson"));
        ExportedRecords records = ExportedRecords.read(result.file());
        Set<String> seeded = new TreeSet<>();
        magento.products().all().forEach(p -> seeded.add(p.sku()));
        if (records.lines() != seeded.size() || !records.distinct() || !records.bySku().keySet().equals(seeded)) {
            throw new DemoFailure("the export holds " + records.lines() + " lines with " + records.bySku().size()
                    + " distinct SKUs; expected each of the " + seeded.size() + " seeded products exactly once");
        }
        Instant bound = result.upperBound().orElseThrow(() -> new DemoFailure("the export reported no upper bound"));
        report(RESOURCE + " exported: " + result.records() + " records in " + result.pages() + " pages ("
                + seconds(result.elapsed()) + "), each seeded product exactly once; next export: --since " + bound);
        return bound;
    }

    /** Changes price and name of a few products, as if edited at the first export's upper bound. */
    private Map<String, BigDecimal> changeProducts(MagentoSandbox magento, int count, Instant at) {
        begin();
        Map<String, BigDecimal> changed = ProductChanges.apply(magento.products(), count, at);
        report("changed " + count + " products (price +1.00, name) with updated_at " + at
                + ", the first export's upper bound: the earliest change the next export must include");
        return changed;
    }

    /**
     * Timestamps have one-second resolution, and a run's upper bound is the server's time less the settle time:
     * the next export includes the changes only once that bound has moved past them.
     */
    private void waitPastBound(Instant changedAt) throws InterruptedException {
        Instant ready = changedAt.plusMillis(new Magento2Configuration().getSettleTime()).plusSeconds(1);
        Duration wait = Duration.between(clock.instant(), ready);
        if (!wait.isNegative() && !wait.isZero()) {
            pause.pause(wait);
        }
    }

    private void incrementalExport(Connection connection, MagentoSandbox magento, Path directory, Instant since,
                                   Map<String, BigDecimal> changed) throws DemoFailure, InterruptedException, IOException {
        begin();
        ExportResult result = export("export " + RESOURCE + " --since " + since, connection, magento, since,
                directory.resolve(RESOURCE + "-since.ndjson"));
        ExportedRecords records = ExportedRecords.read(result.file());
        if (records.lines() != changed.size() || !records.distinct() || !records.bySku().keySet().equals(changed.keySet())) {
            throw new DemoFailure("the incremental export holds " + records.lines() + " lines (SKUs "
                    + records.bySku().keySet() + "); expected exactly the " + changed.size() + " changed products "
                    + changed.keySet());
        }
        for (Map.Entry<String, BigDecimal> change : changed.entrySet()) {
            JsonNode price = records.bySku().get(change.getKey()).get("price");
            if (price == null || !price.isNumber() || price.decimalValue().compareTo(change.getValue()) != 0) {
                throw new DemoFailure("product " + change.getKey() + " was exported with price " + price
                        + ", expected the changed price " + change.getValue());
            }
        }
        report("incremental export: " + result.records() + " records (" + seconds(result.elapsed())
                + "), exactly the changed products, with their new prices");
    }

    private ExportResult export(String flow, Connection connection, MagentoSandbox magento, Instant since, Path file)
            throws DemoFailure, InterruptedException {
        int tokensBefore = tokenRequests(magento);
        try {
            ExportResult result = new ExportFlow(clock).run(
                    new ExportRequest(connection, RESOURCE, since, ExportRequest.DEFAULT_PAGE_SIZE, file), ExportProgress.NONE);
            FlowStats stats = new FlowStats(flow, OptionalLong.of(result.records()), OptionalInt.of(result.pages()),
                    result.elapsed(), tokenRequests(magento) - tokensBefore);
            flows.add(stats);
            requireOneSignIn(stats);
            return result;
        } catch (ExportException e) {
            throw new DemoFailure(flow + ": " + e.getMessage());
        }
    }

    /** The sample route syncs every Magento product into Commerce Layer; each SKU is then checked there. */
    private void skuSync(Connections connections, Sandbox sandbox) throws DemoFailure, InterruptedException {
        begin();
        int magentoTokens = tokenRequests(sandbox.magento());
        int commerceLayerTokens = sandbox.commerceLayer().tokenRequests().requests();
        SkuSyncFlow.Result result;
        try {
            result = new SkuSyncFlow(clock).run(connections.magento(), connections.commerceLayer());
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            LOG.debug("The SKU sync failed", e);
            throw new DemoFailure("sync products to Commerce Layer: " + e.getMessage());
        }
        FlowStats stats = new FlowStats("sync products → Commerce Layer skus", OptionalLong.of(result.synced()),
                OptionalInt.of(result.pages()), result.elapsed(),
                sandbox.commerceLayer().tokenRequests().requests() - commerceLayerTokens);
        flows.add(stats);
        requireOneSignIn(stats);
        if (tokenRequests(sandbox.magento()) - magentoTokens != 1) {
            throw new DemoFailure("the sync signed in to Magento " + (tokenRequests(sandbox.magento()) - magentoTokens)
                    + " times; expected once");
        }
        List<String> missing = new ArrayList<>();
        sandbox.magento().products().all().forEach(product -> {
            var sku = sandbox.commerceLayer().skuByCode(product.sku());
            if (sku.isEmpty() || !product.name().equals(sku.get().string("name"))) {
                missing.add(product.sku());
            }
        });
        int products = sandbox.magento().products().all().size();
        if (result.synced() != products || !missing.isEmpty()) {
            throw new DemoFailure("the sync delivered " + result.synced() + " of " + products + " products; "
                    + missing.size() + " are missing or differ in Commerce Layer"
                    + (missing.isEmpty() ? "" : ", e.g. " + missing.get(0)));
        }
        report("synced " + result.synced() + " Magento products into Commerce Layer as SKUs (" + seconds(result.elapsed())
                + ") with the sample route MagentoToCommerceLayerSkuSync; each SKU found there by its code");
    }

    /** Exports Oro's products through the oro: consumer; each seeded product must come exactly once. */
    private void oroExport(Connection oro, OroSandbox sandbox, Path directory) throws DemoFailure, InterruptedException {
        begin();
        Path file = directory.resolve("oro-products.ndjson");
        ExportResult result;
        try {
            result = new ExportFlow(clock).run(new ExportRequest(oro, RESOURCE, null,
                    ExportRequest.defaultPageSize(oro.connector()), file), ExportProgress.NONE);
        } catch (ExportException e) {
            throw new DemoFailure("export oro products: " + e.getMessage());
        }
        flows.add(new FlowStats("export oro products", OptionalLong.of(result.records()), OptionalInt.of(result.pages()),
                result.elapsed(), 0));
        Set<String> ids = new TreeSet<>();
        long lines;
        try (Stream<String> all = Files.lines(file)) {
            List<String> read = all.toList();
            lines = read.size();
            for (String line : read) {
                ids.add(JSON.readTree(line).path("id").asText());
            }
        } catch (IOException e) {
            throw new DemoFailure("cannot read " + file + ": " + e.getMessage());
        }
        if (lines != sandbox.products() || ids.size() != lines) {
            throw new DemoFailure("the Oro export holds " + lines + " lines with " + ids.size() + " distinct ids; expected "
                    + "each of the " + sandbox.products() + " products exactly once");
        }
        report("oro products exported: " + result.records() + " records in " + result.pages() + " pages ("
                + seconds(result.elapsed()) + "), each product exactly once");
    }

    /** Each flow runs in a CamelContext of its own, whose token cache must sign in once and reuse the token. */
    private static void requireOneSignIn(FlowStats stats) throws DemoFailure {
        if (stats.tokenRequests() != 1) {
            throw new DemoFailure(stats.flow() + " signed in " + stats.tokenRequests()
                    + " times; expected once, with the token reused for every request");
        }
    }

    private void summary() {
        if (flows.isEmpty()) {
            return;
        }
        out.println();
        SummaryTable.lines(flows).forEach(out::println);
        out.println();
    }

    private static int tokenRequests(MagentoSandbox magento) {
        return magento.tokenRequests(UserType.ADMIN);
    }

    private void begin() {
        step++;
    }

    private void report(String line) {
        out.println("demo: " + step + "/" + STEPS + " " + line);
        out.flush();
    }

    private String seconds(Instant since) {
        return seconds(Duration.between(since, clock.instant()));
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.2f s", duration.toNanos() / 1e9);
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a leftover temporary file is harmless
                }
            });
        } catch (IOException ignored) {
            // as above
        }
    }

    /** A step that did not do what it should; the message says what was expected. */
    private static final class DemoFailure extends Exception {
        private static final long serialVersionUID = 1L;

        DemoFailure(String message) {
            super(Objects.requireNonNull(message));
        }
    }
}
