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
 * The demo, end to end against the embedded sandbox: seed a catalogue, write a connection document, test the
 * connection, export every product, change a few, and export again from the first export's upper bound — each flow
 * through the same code as its command, each result checked. Prints one line per step and a summary table.
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
    private static final int STEPS = 6;
    private static final String RESOURCE = "products";

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
                Connection connection = writeConnection(directory, sandbox);
                testConnection(connection, sandbox.magento());
                Instant upperBound = fullExport(connection, sandbox.magento(), directory);
                Map<String, BigDecimal> changed = changeProducts(sandbox.magento(), settings.changes(), upperBound);
                waitPastBound(upperBound);
                incrementalExport(connection, sandbox.magento(), directory, upperBound, changed);
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
        } catch (RuntimeException e) {
            sandbox.close();
            throw e;
        }
        report("sandbox up at " + sandbox.magentoRestUri() + " with " + products + " products (" + seconds(t0) + ")");
        return sandbox;
    }

    private Connection writeConnection(Path directory, Sandbox sandbox) throws IOException, DemoFailure {
        begin();
        Path document = DemoConnectionDocument.write(directory, sandbox);
        try {
            Connection connection = new ConnectionLoader().load(document);
            report("connection document " + document.getFileName() + ": requestAuth as the sandbox admin");
            return connection;
        } catch (ConnectionException e) {
            throw new DemoFailure(e.getMessage());
        }
    }

    private void testConnection(Connection connection, MagentoSandbox magento) throws DemoFailure {
        begin();
        int tokensBefore = tokenRequests(magento);
        Instant t0 = clock.instant();
        ConnectionVerdict verdict = new ConnectionCheck().test(connection);
        FlowStats stats = new FlowStats("test-connection", OptionalLong.empty(), OptionalInt.empty(),
                Duration.between(t0, clock.instant()), tokenRequests(magento) - tokensBefore);
        flows.add(stats);
        if (!verdict.ok()) {
            throw new DemoFailure("test-connection: " + verdict.category() + ": " + verdict.message());
        }
        requireOneSignIn(stats);
        report("test-connection: " + verdict.category() + " (HTTP " + verdict.httpStatus() + ", " + verdict.latencyMs() + " ms)");
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
