package com.commerceconnectors.bench;

import com.commerceconnectors.cli.export.SingleRun;
import com.commerceconnectors.commercelayer.CommerceLayerComponent;
import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.ConnectionLoader;
import com.commerceconnectors.sandbox.Sandbox;
import com.commerceconnectors.sandbox.log.RecordedRequest;
import com.commerceconnectors.sandbox.magento.MagentoSandbox;
import com.commerceconnectors.sandbox.magento.auth.UserType;
import com.commerceconnectors.sandbox.magento.catalog.Product;
import com.commerceconnectors.sandbox.oro.OroSandbox;
import com.commerceconnectors.sandbox.commercelayer.CommerceLayerSandbox;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.PollingConsumerPollStrategy;
import org.apache.camel.support.processor.state.MemoryStateRepository;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * End-to-end figures for the magento2 connector against the embedded sandbox, each beside a baseline run in the same
 * process: a plain Apache HttpClient loop making the same HTTP calls. Prints Markdown tables for BENCHMARKS.md.
 * <pre>
 * mvn -B -ntp -pl samples -Pbench test-compile exec:exec
 * mvn -B -ntp -pl samples -Pbench test-compile exec:exec -Dbench.args="--records 20000 --calls 10000 --heap-records 100000"
 * </pre>
 * Measurements alternate connector and baseline rounds and report the median, so drift in a busy machine affects
 * both alike. Time is the wall clock; the sandbox shares the machine's cores with the client, as it would with any
 * local test double, so the ratios (not the absolute rates) are the result.
 */
public final class EndToEndBenchmark {

    private static final String ONE_RUN = "&stateRepository=#state&initialDelay=0&repeatCount=1&greedy=false"
            + "&delay=86400000&pollStrategy=#run&exceptionHandler=#run";
    private static final String EXPORT = "magento2:products?connection=#shop&pageSize=100&settleTime=0" + ONE_RUN;
    private static final String GET = "magento2:products?operation=get&connection=#shop";

    private int records = 20_000;
    private int calls = 10_000;
    private int heapRecords = 100_000;
    private int rounds = 5;
    private String sections = "export,producers,tokens,heap";
    private List<String> connectors = List.of("magento2", "oro", "commercelayer");

    public static void main(String[] args) throws Exception {
        EndToEndBenchmark bench = new EndToEndBenchmark();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (args[i].equals("--sections")) {
                bench.sections = args[i + 1];
                continue;
            }
            if (args[i].equals("--connectors")) {
                bench.connectors = List.of(args[i + 1].split(","));
                continue;
            }
            int value = Integer.parseInt(args[i + 1]);
            switch (args[i]) {
                case "--records" -> bench.records = value;
                case "--calls" -> bench.calls = value;
                case "--heap-records" -> bench.heapRecords = value;
                case "--rounds" -> bench.rounds = value;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        System.out.printf(Locale.ROOT, "java %s, %d cores, max heap %d MiB%n%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        List<String> chosen = List.of(bench.sections.split(","));
        if (chosen.contains("export")) {
            bench.exportThroughput();
        }
        if (chosen.contains("producers")) {
            bench.concurrentProducers();
        }
        if (chosen.contains("tokens")) {
            bench.tokenRequestsUnderExpiry();
        }
        if (chosen.contains("heap")) {
            bench.heapWhileExporting();
        }
    }

    // ---- paged export -------------------------------------------------------------------------------------------

    /** One platform's export: its consumer, its sandbox requests, how the baseline authenticates. */
    private record Platform(String name, String consumerUri, String pathSuffix, String itemsField) {
        String label() {
            return consumerUri.contains("splitRecords=false") ? name + ", a page per exchange" : name;
        }
    }

    private void exportThroughput() throws Exception {
        System.out.println("## Paged export (" + records + " records, keyset paging, one exchange per record)");
        System.out.println();
        System.out.println("| connector | page size | GETs | records answered | plain loop records/s | connector records/s"
                + " | ratio | plain loop CPU µs/record | consumer CPU µs/record | sandbox CPU µs/record, plain / connector |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        if (connectors.contains("magento2")) {
            exportThroughput(new Platform("magento2", "magento2:products?connection=#shop&pageSize=100&settleTime=0",
                    "/V1/products", "items"), 100);
        }
        if (connectors.contains("magento2-pages")) {
            // the same export with one exchange per page: what is left when Camel's per-exchange cost is not paid
            // per record (the records are still turned into Maps)
            exportThroughput(new Platform("magento2", "magento2:products?connection=#shop&pageSize=100&settleTime=0"
                    + "&splitRecords=false", "/V1/products", "items"), 100);
        }
        if (connectors.contains("oro")) {
            exportThroughput(new Platform("oro", "oro:products?connection=#shop&pageSize=100&settleTime=0",
                    "/admin/api/products", "data"), 100);
        }
        if (connectors.contains("commercelayer")) {
            exportThroughput(new Platform("commercelayer", "commercelayer:skus?connection=#shop&pageSize=25&settleTime=0",
                    "/api/skus", "data"), 25);
        }
        System.out.println();
    }

    private void exportThroughput(Platform platform, int pageSize) throws Exception {
        try (Sandbox sandbox = Sandbox.builder().start(); PlainHttpLoop plain = new PlainHttpLoop();
             DefaultCamelContext context = new DefaultCamelContext()) {
            Connection connection = seed(platform.name(), sandbox);
            context.getRegistry().bind("shop", connection);
            // the benchmark measures the connector, not Commerce Layer's limits: paced, 20,000 SKUs (800 pages) would
            // take the 1.6 minutes the test environment's 500 reads a minute allow; the sandbox does not enforce them
            context.getComponent("commercelayer", CommerceLayerComponent.class).setRateLimitPacing(false);
            context.start();
            // one context for every round, as in an application: the client, its pool and its token outlive a run,
            // as the plain loop's do; each round is a new route with a fresh watermark
            exportOnce(context, platform, 0); // warm-up: class loading, JIT, the sandbox's own caches, the token
            String authorization = "Bearer " + plain.token(platform.name(), sandbox);
            List<URI> uris = new ArrayList<>();
            double[] connector = new double[rounds];
            double[] baseline = new double[rounds];
            double[] connectorCpu = new double[rounds];
            double[] baselineCpu = new double[rounds];
            double[] connectorSandboxCpu = new double[rounds];
            double[] baselineSandboxCpu = new double[rounds];
            long answered = 0;
            for (int r = 0; r < rounds; r++) {
                requests(platform.name(), sandbox).clear();
                long sandbox0 = sandboxCpuNanos();
                long t0 = System.nanoTime();
                long delivered = exportOnce(context, platform, r + 1);
                connectorSandboxCpu[r] = (sandboxCpuNanos() - sandbox0) / 1e3 / delivered;
                // until the run ended, not until its route had stopped: a stop that races the poll's last moments
                // waits a second in Camel's shutdown strategy, which says nothing of the export
                connector[r] = delivered / ((runEnded - t0) / 1e9);
                connectorCpu[r] = runCpuNanos / 1e3 / delivered;
                if (uris.isEmpty()) {
                    for (RecordedRequest request : requests(platform.name(), sandbox).entries()) {
                        if ("GET".equals(request.method()) && request.path().endsWith(platform.pathSuffix())) {
                            uris.add(URI.create(sandbox.baseUri() + request.path()
                                    + (request.query() == null || request.query().isEmpty() ? "" : "?" + request.query())));
                        }
                    }
                }
                long mainCpu0 = THREADS.getCurrentThreadCpuTime();
                long sandbox1 = sandboxCpuNanos();
                long t1 = System.nanoTime();
                answered = plain.replay(uris, authorization, platform.itemsField());
                baselineSandboxCpu[r] = (sandboxCpuNanos() - sandbox1) / 1e3 / delivered;
                // the same GETs deliver the same records: a rate per delivered record, so that records a keyset
                // query answers again (and the connector skips) do not count for the baseline only
                baseline[r] = delivered / seconds(t1);
                baselineCpu[r] = (THREADS.getCurrentThreadCpuTime() - mainCpu0) / 1e3 / delivered;
                check(delivered == records, platform.name() + " delivered " + delivered + " of " + records);
            }
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %d | %.0f | %.0f | %.2f | %.1f | %.1f | %.1f / %.1f |%n",
                    platform.label(), pageSize, uris.size(), answered, median(baseline), median(connector),
                    median(connector) / median(baseline), median(baselineCpu), median(connectorCpu),
                    median(baselineSandboxCpu), median(connectorSandboxCpu));
        }
    }

    private static final java.lang.management.ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** CPU time of the sandbox's request threads so far (a thread that ended takes its time with it). */
    private static long sandboxCpuNanos() {
        long total = 0;
        for (java.lang.management.ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null && info.getThreadName().startsWith("sandbox-http")) {
                total += Math.max(0, THREADS.getThreadCpuTime(info.getThreadId()));
            }
        }
        return total;
    }

    /** CPU time of the last run's poll, on the consumer's thread: from the poll's begin to its commit. */
    private long runCpuNanos;

    /** The one-shot run as poll strategy, also reading the polling thread's CPU clock when the poll begins and ends. */
    private final class CpuTimedRun implements PollingConsumerPollStrategy {
        private final SingleRun run;
        private long begin;

        CpuTimedRun(SingleRun run) {
            this.run = run;
        }

        @Override
        public boolean begin(Consumer consumer, Endpoint endpoint) {
            begin = THREADS.getCurrentThreadCpuTime();
            return run.begin(consumer, endpoint);
        }

        @Override
        public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
            runCpuNanos = THREADS.getCurrentThreadCpuTime() - begin;
            run.commit(consumer, endpoint, polledMessages);
        }

        @Override
        public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) throws Exception {
            return run.rollback(consumer, endpoint, retryCounter, cause);
        }
    }

    private Connection seed(String platform, Sandbox sandbox) {
        ConnectionLoader loader = new ConnectionLoader();
        switch (platform) {
            case "magento2" -> {
                sandbox.magento().seedProducts(records);
                return admin(sandbox);
            }
            case "oro" -> {
                sandbox.oro().seedProducts(records);
                return loader.parse("""
                        {"name": "bench", "connector": "oro", "baseUri": "%s", "apiPath": "/admin/api",
                         "auth": {"type": "oauth2", "grantType": "client_credentials", "clientId": "%s", "clientSecret": "%s"}}
                        """.formatted(sandbox.oroUri(), OroSandbox.BACKOFFICE_CLIENT_ID, OroSandbox.BACKOFFICE_CLIENT_SECRET),
                        "bench connection");
            }
            default -> {
                sandbox.commerceLayer().seedSkus(records);
                return loader.parse("""
                        {"name": "bench", "connector": "commercelayer", "baseUri": "%s",
                         "auth": {"type": "oauth2", "grantType": "client_credentials", "clientId": "%s", "clientSecret": "%s",
                                  "tokenUri": "%s/oauth/token"}}
                        """.formatted(sandbox.commerceLayerBaseUri(), CommerceLayerSandbox.INTEGRATION_CLIENT_ID,
                        CommerceLayerSandbox.INTEGRATION_CLIENT_SECRET, sandbox.commerceLayerAuthUri()), "bench connection");
            }
        }
    }

    private static com.commerceconnectors.sandbox.log.RequestLog requests(String platform, Sandbox sandbox) {
        return switch (platform) {
            case "magento2" -> sandbox.magento().requests();
            case "oro" -> sandbox.oro().requests();
            default -> sandbox.commerceLayer().requests();
        };
    }

    /** When the last export run ended (its poll returned). */
    private long runEnded;

    /** One export as a new route in a running context, with its own watermark; removed when the run has ended. */
    private long exportOnce(DefaultCamelContext context, Platform platform, int round) throws Exception {
        AtomicLong delivered = new AtomicLong();
        SingleRun run = new SingleRun();
        String routeId = "export-" + round;
        context.getRegistry().bind("state" + round, new MemoryStateRepository());
        context.getRegistry().bind("run" + round, run);
        context.getRegistry().bind("timed" + round, new CpuTimedRun(run));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(platform.consumerUri() + "&stateRepository=#state" + round + "&initialDelay=0&repeatCount=1"
                        + "&greedy=false&delay=86400000&pollStrategy=#timed" + round + "&exceptionHandler=#run" + round)
                        .routeId(routeId)
                        .process(e -> delivered.addAndGet(e.getMessage().getBody() instanceof List<?> page ? page.size() : 1));
            }
        });
        SingleRun.Outcome outcome = run.await(Duration.ofMinutes(10)).orElseThrow();
        runEnded = System.nanoTime();
        check(outcome.succeeded(), "the export failed: " + outcome.failure());
        context.getRouteController().stopRoute(routeId);
        context.removeRoute(routeId);
        return delivered.get();
    }

    // ---- concurrent producers -----------------------------------------------------------------------------------

    private void concurrentProducers() throws Exception {
        System.out.println("## Concurrent producers (magento2 get by SKU, " + calls + " calls)");
        System.out.println();
        System.out.println("| threads | plain loop requests/s | magento2 producer requests/s | ratio"
                + " | plain loop CPU µs/call | producer CPU µs/call |");
        System.out.println("|---|---|---|---|---|---|");
        try (Sandbox sandbox = Sandbox.builder().start(); PlainHttpLoop plain = new PlainHttpLoop();
             DefaultCamelContext context = new DefaultCamelContext()) {
            List<String> skus = sandbox.magento().seedProducts(1_000).stream().map(Product::sku).toList();
            context.getRegistry().bind("shop", admin(sandbox));
            context.start();
            ProducerTemplate template = context.createProducerTemplate();
            // resolved once, as a route's to() is: looking an endpoint up by its URI text on every call is Camel's
            // cost of the template style, not the connector's
            Endpoint get = context.getEndpoint(GET);
            String token = plain.adminToken(tokenUri(sandbox), MagentoSandbox.ADMIN_USERNAME, MagentoSandbox.ADMIN_PASSWORD);
            String productsUri = sandbox.magentoRestUri() + "/V1/products/";
            for (int threads : new int[] {1, 8, 64}) {
                Callable<Void> warm = () -> {
                    template.requestBodyAndHeader(get, null, "CamelMagento2ResourceKey", skus.get(0));
                    return null;
                };
                run(threads, Math.min(calls, 500), i -> warm.call());
                double[] connector = new double[rounds];
                double[] baseline = new double[rounds];
                double[] connectorCpu = new double[rounds];
                double[] baselineCpu = new double[rounds];
                for (int r = 0; r < rounds; r++) {
                    long t0 = System.nanoTime();
                    run(threads, calls, i -> {
                        template.requestBodyAndHeader(get, null, "CamelMagento2ResourceKey", skus.get(i % skus.size()));
                        return null;
                    });
                    connector[r] = calls / seconds(t0);
                    connectorCpu[r] = lastRunCpuNanos.get() / 1e3 / calls;
                    long t1 = System.nanoTime();
                    run(threads, calls, i -> {
                        plain.get(URI.create(productsUri + URLEncoder.encode(skus.get(i % skus.size()), StandardCharsets.UTF_8)),
                                "Bearer " + token);
                        return null;
                    });
                    baseline[r] = calls / seconds(t1);
                    baselineCpu[r] = lastRunCpuNanos.get() / 1e3 / calls;
                }
                System.out.printf(Locale.ROOT, "| %d | %.0f | %.0f | %.2f | %.1f | %.1f |%n", threads, median(baseline),
                        median(connector), median(connector) / median(baseline), median(baselineCpu), median(connectorCpu));
            }
            System.out.println();
        }
    }

    // ---- token requests -----------------------------------------------------------------------------------------

    private void tokenRequestsUnderExpiry() throws Exception {
        Duration lifetime = Duration.ofSeconds(3);
        try (Sandbox sandbox = Sandbox.builder().start(); DefaultCamelContext context = new DefaultCamelContext()) {
            sandbox.magento().settings().adminTokenLifetime(lifetime);
            List<String> skus = sandbox.magento().seedProducts(1_000).stream().map(Product::sku).toList();
            context.getRegistry().bind("shop", admin(sandbox));
            context.start();
            ProducerTemplate template = context.createProducerTemplate();
            int before = sandbox.magento().tokenRequests(UserType.ADMIN);
            Endpoint get = context.getEndpoint(GET);
            long t0 = System.nanoTime();
            long made = 0;
            // at least 20 s of calls: several token lifetimes, however fast the calls are
            while (made < calls || seconds(t0) < 20) {
                run(64, calls, i -> {
                    template.requestBodyAndHeader(get, null, "CamelMagento2ResourceKey", skus.get(i % skus.size()));
                    return null;
                });
                made += calls;
            }
            double elapsed = seconds(t0);
            int tokens = sandbox.magento().tokenRequests(UserType.ADMIN) - before;
            // the cache refreshes a quarter of a short lifetime early: one token per 2.25 s of a 3 s lifetime (JWT exp has whole seconds, so a token may live up to 1 s less)
            double refreshEvery = lifetime.toMillis() * 0.75 / 1000.0;
            System.out.println("## Token requests (magento2 admin token, " + lifetime.toSeconds() + " s lifetime, 64 threads)");
            System.out.println();
            System.out.println("| API calls | seconds | token requests | one per token lifetime would be | per 10,000 calls |");
            System.out.println("|---|---|---|---|---|");
            System.out.printf(Locale.ROOT, "| %d | %.1f | %d | %d | %.1f |%n%n", made, elapsed, tokens,
                    (int) Math.ceil(elapsed / refreshEvery), tokens * 10_000.0 / made);
        }
    }

    // ---- heap ---------------------------------------------------------------------------------------------------

    private void heapWhileExporting() throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        try (Sandbox sandbox = Sandbox.builder().start(); DefaultCamelContext context = new DefaultCamelContext()) {
            sandbox.magento().seedProducts(heapRecords);
            sandbox.magento().requests().clear();
            long[] checkpoints = {heapRecords / 10, heapRecords / 2, heapRecords};
            long[] used = new long[checkpoints.length + 1];
            used[0] = usedAfterGc(memory);
            AtomicLong delivered = new AtomicLong();
            AtomicInteger next = new AtomicInteger();
            SingleRun run = new SingleRun();
            context.getRegistry().bind("shop", admin(sandbox));
            context.getRegistry().bind("state", new MemoryStateRepository());
            context.getRegistry().bind("run", run);
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from(EXPORT).process(e -> {
                        long n = delivered.incrementAndGet();
                        int k = next.get();
                        if (k < checkpoints.length && n == checkpoints[k]) {
                            used[k + 1] = usedAfterGc(memory);
                            next.incrementAndGet();
                        }
                    });
                }
            });
            context.start();
            check(run.await(Duration.ofMinutes(20)).orElseThrow().succeeded(), "the heap export failed");
            System.out.println("## Heap while exporting (magento2, " + heapRecords + " products; the sandbox's catalogue "
                    + "lives in the same heap)");
            System.out.println();
            System.out.println("| records delivered | heap used after GC (MiB) |");
            System.out.println("|---|---|");
            System.out.printf(Locale.ROOT, "| 0 (catalogue seeded, export not started) | %d |%n", used[0] >> 20);
            for (int k = 0; k < checkpoints.length; k++) {
                System.out.printf(Locale.ROOT, "| %d | %d |%n", checkpoints[k], used[k + 1] >> 20);
            }
            System.out.println();
        }
    }

    private static long usedAfterGc(MemoryMXBean memory) {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    @FunctionalInterface
    private interface Call {
        Void call(int index) throws Exception;
    }

    /** CPU time the calling threads of the last {@link #run} spent, all together. */
    private static final AtomicLong lastRunCpuNanos = new AtomicLong();

    private static void run(int threads, int total, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger counter = new AtomicInteger();
        List<Future<Void>> futures = new ArrayList<>();
        lastRunCpuNanos.set(0);
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                long cpu0 = THREADS.getCurrentThreadCpuTime();
                for (int i = counter.getAndIncrement(); i < total; i = counter.getAndIncrement()) {
                    call.call(i);
                }
                lastRunCpuNanos.addAndGet(THREADS.getCurrentThreadCpuTime() - cpu0);
                return null;
            }));
        }
        for (Future<Void> f : futures) {
            f.get();
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
    }

    private static Connection admin(Sandbox sandbox) {
        return new ConnectionLoader().parse("""
                {"name": "bench", "connector": "magento2", "baseUri": "%s",
                 "auth": {"type": "requestAuth", "userType": "admin", "username": "%s", "password": "%s"}}
                """.formatted(sandbox.magentoRestUri(), MagentoSandbox.ADMIN_USERNAME, MagentoSandbox.ADMIN_PASSWORD),
                "bench connection");
    }

    private static URI tokenUri(Sandbox sandbox) {
        return URI.create(sandbox.magentoRestUri() + "/V1/integration/admin/token");
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }
}
