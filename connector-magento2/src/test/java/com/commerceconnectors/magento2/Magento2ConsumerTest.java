package com.commerceconnectors.magento2;

import com.commerceconnectors.sandbox.fault.Fault;
import com.commerceconnectors.sandbox.magento.auth.UserType;
import com.commerceconnectors.sandbox.magento.catalog.Product;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.state.FileStateRepository;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** The keyset-paging export consumer against the sandbox store over loopback HTTP. */
class Magento2ConsumerTest extends SandboxCamelSupport {

    private static final String EXPORT = "magento2:products?connection=#shop&pageSize=40&stateRepository=#state"
            + "&initialDelay=0&delay=3600000&settleTime=0";

    private final List<Map<String, Object>> received = new CopyOnWriteArrayList<>();
    private CountDownLatch batchComplete = new CountDownLatch(1);
    private MemoryStateRepository state;

    @BeforeEach
    void setUp() throws Exception {
        startSandbox();
        startCamel();
        context.getRegistry().bind("shop", adminConnection());
        state = new MemoryStateRepository();
        context.getRegistry().bind("state", state);
    }

    private void route(String uri, Consumer<Exchange> step) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("export").process(e -> {
                    step.accept(e);
                    received.add(e.getMessage().getBody(Map.class));
                    if (Boolean.TRUE.equals(e.getProperty(ExchangePropertyKey.BATCH_COMPLETE))) {
                        batchComplete.countDown();
                    }
                });
            }
        });
    }

    private Set<String> receivedSkus() {
        Set<String> skus = new HashSet<>();
        received.forEach(r -> skus.add((String) r.get("sku")));
        return skus;
    }

    private void awaitRun() throws InterruptedException {
        assertThat(batchComplete.await(30, TimeUnit.SECONDS)).as("the export run completed").isTrue();
    }

    /**
     * The stored watermark once it is the last received record's: the consumer writes it after that exchange's
     * processing, so a test that reads it right after the run's last exchange must wait for it.
     */
    private String awaitWatermarkOfLastReceived(String key) throws InterruptedException {
        Map<String, Object> last = received.get(received.size() - 1);
        String expected = last.get("updated_at") + "|" + last.get("id");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!expected.equals(state.getState(key)) && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(state.getState(key)).as("the watermark after the run").isEqualTo(expected);
        return expected;
    }

    @Test
    void exportsEveryRecordExactlyOnceAcrossPagesWithSharedTimestamps() throws Exception {
        List<Product> seeded = magento.seedProducts(333);
        long distinctTimes = seeded.stream().map(Product::updatedAt).distinct().count();
        assertThat(distinctTimes).as("many records share one updated_at").isLessThan(333);
        route(EXPORT, e -> { });
        startCamelContext();
        awaitRun();
        assertThat(received).hasSize(333);
        assertThat(receivedSkus()).hasSize(333);
        // one sign-in for the whole export
        assertThat(magento.tokenRequests(UserType.ADMIN)).isEqualTo(1);
        String stored = state.getState("magento2:shop:default:products");
        assertThat(stored).isNotBlank();
    }

    @Test
    void anIncrementalRunDeliversOnlyWhatChangedSinceTheWatermarkInclusiveOfTies() throws Exception {
        magento.seedProducts(100);
        route(EXPORT, e -> { });
        startCamelContext();
        awaitRun();
        assertThat(received).hasSize(100);

        // three products change after the run: two in the same second (the id breaks the tie), one later
        List<Product> all = magento.products().all();
        String watermark = awaitWatermarkOfLastReceived("magento2:shop:default:products");
        Instant markTime = com.commerceconnectors.magento2.api.MagentoTime.parse(watermark.substring(0, watermark.indexOf('|')));
        Product low = all.stream().min((a, b) -> Long.compare(a.id(), b.id())).orElseThrow();
        magento.products().touch(low.sku(), markTime.plusSeconds(5));
        magento.products().touch(all.get(10).sku(), markTime.plusSeconds(5));
        magento.products().touch(all.get(20).sku(), markTime.plusSeconds(9));
        received.clear();
        batchComplete = new CountDownLatch(1);
        context.getRouteController().stopRoute("export");
        context.getRouteController().startRoute("export");
        awaitRun();
        assertThat(receivedSkus()).containsExactlyInAnyOrder(low.sku(), all.get(10).sku(), all.get(20).sku());
    }

    @Test
    void aFailureLateInAPageStopsThePollThereAndTheNextPollStartsAtTheFailedRecord() throws Exception {
        magento.seedProducts(120);
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch failed = new CountDownLatch(1);
        context.getRegistry().bind("failures", new org.apache.camel.spi.ExceptionHandler() {
            public void handleException(Throwable exception) {
                failed.countDown();
            }

            public void handleException(String message, Throwable exception) {
                failed.countDown();
            }

            public void handleException(String message, Exchange exchange, Throwable exception) {
                failed.countDown();
            }
        });
        // the last record of the first page fails; nothing after it may be delivered in this poll
        route(EXPORT + "&exceptionHandler=#failures", e -> {
            if (calls.incrementAndGet() == 40) {
                throw new IllegalStateException("downstream system unavailable");
            }
        });
        startCamelContext();
        assertThat(failed.await(20, TimeUnit.SECONDS)).isTrue();
        // the poll returned after the failure; no later page was read in it
        Thread.sleep(300);
        assertThat(received).hasSize(39);
        assertThat(calls.get()).isEqualTo(40);
    }

    @Test
    void aRestartedConsumerResumesFromItsFileWatermarkWithoutSkippingOrLosing(@TempDir Path dir) throws Exception {
        magento.seedProducts(150);
        File stateFile = dir.resolve("watermarks.dat").toFile();
        AtomicInteger calls = new AtomicInteger();
        CountDownLatch failureHandled = new CountDownLatch(1);
        context.getRegistry().bind("failures", new org.apache.camel.spi.ExceptionHandler() {
            public void handleException(Throwable exception) {
                failureHandled.countDown();
            }

            public void handleException(String message, Throwable exception) {
                failureHandled.countDown();
            }

            public void handleException(String message, Exchange exchange, Throwable exception) {
                failureHandled.countDown();
            }
        });
        // the 70th record fails: the consumer must stop there and keep the 69 before it as done
        String uri = "magento2:products?connection=#shop&pageSize=40&initialDelay=0&delay=3600000&settleTime=0"
                + "&exceptionHandler=#failures&stateFile=" + stateFile.getAbsolutePath();
        route(uri, e -> {
            if (calls.incrementAndGet() == 70) {
                throw new IllegalStateException("downstream system unavailable");
            }
        });
        startCamelContext();
        // stop only once the consumer has dealt with the failure, as an operator's restart would
        assertThat(failureHandled.await(20, TimeUnit.SECONDS)).isTrue();
        context.stop();
        assertThat(received).hasSize(69);
        FileStateRepository reread = FileStateRepository.fileStateRepository(stateFile);
        reread.start();
        assertThat(reread.getState("magento2:shop:default:products")).isNotBlank();
        reread.stop();

        List<Map<String, Object>> firstRun = new ArrayList<>(received);
        received.clear();
        startCamel();
        context.getRegistry().bind("shop", adminConnection());
        batchComplete = new CountDownLatch(1);
        route(uri.replace("&exceptionHandler=#failures", ""), e -> { });
        startCamelContext();
        awaitRun();
        Set<Object> all = new HashSet<>();
        firstRun.forEach(r -> all.add(r.get("sku")));
        received.forEach(r -> assertThat(all.add(r.get("sku"))).as("delivered once: " + r.get("sku")).isTrue());
        assertThat(all).hasSize(150);
        assertThat(received).hasSize(81); // the failed one again, then the rest
    }

    @Test
    void rateLimitsUnavailabilityAndDroppedConnectionsLoseAndDuplicateNothing() throws Exception {
        magento.seedProducts(200);
        // four faults in a row on one page request: five attempts in all get through
        context.getComponent("magento2", Magento2Component.class).setRetryMaxAttempts(5);
        magento.faults().on("/V1/products").times(1).respond(Fault.tooManyRequests(Duration.ofSeconds(2)));
        magento.faults().on("/V1/products").times(1).respond(Fault.serviceUnavailable(Duration.ofSeconds(1)));
        magento.faults().on("/V1/products").times(1).respond(Fault.dropConnection());
        magento.faults().on("/V1/products").times(1).respond(Fault.tooManyRequests());
        route(EXPORT, e -> { });
        startCamelContext();
        awaitRun();
        assertThat(magento.faults().firedCount()).isEqualTo(4);
        assertThat(received).hasSize(200);
        assertThat(receivedSkus()).hasSize(200);
        assertThat(sleeps).contains(Duration.ofSeconds(2), Duration.ofSeconds(1));
    }

    @Test
    void aServerThatKeepsFailingStopsThePollAtTheLastDeliveredRecordAndTheNextPollResumes() throws Exception {
        magento.seedProducts(100);
        List<Throwable> pollFailures = new CopyOnWriteArrayList<>();
        context.getRegistry().bind("failures", (org.apache.camel.spi.ExceptionHandler) new org.apache.camel.spi.ExceptionHandler() {
            public void handleException(Throwable exception) {
                pollFailures.add(exception);
            }

            public void handleException(String message, Throwable exception) {
                pollFailures.add(exception);
            }

            public void handleException(String message, Exchange exchange, Throwable exception) {
                pollFailures.add(exception);
            }
        });
        AtomicInteger n = new AtomicInteger();
        route(EXPORT + "&exceptionHandler=#failures", e -> {
            if (n.incrementAndGet() == 40) {
                magento.faults().on("/V1/products").times(1000).respond(Fault.serverError());
            }
        });
        startCamelContext();
        long deadline = System.currentTimeMillis() + 20_000;
        while (pollFailures.isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(pollFailures).isNotEmpty();
        assertThat(pollFailures.get(0)).isInstanceOf(com.commerceconnectors.core.error.ApiException.class)
                .hasMessageContaining("500");
        // the consumer reads one page ahead: page 2 was read before page 1 went out, so it is delivered before the
        // failure of page 3's read ends the poll
        assertThat(received).hasSize(80);
        magento.faults().clear();
        context.getRouteController().stopRoute("export");
        context.getRouteController().startRoute("export");
        awaitRun();
        assertThat(received).hasSize(100);
        assertThat(receivedSkus()).hasSize(100);
    }

    @Test
    void aTokenThatExpiresMidExportIsRefreshedOnceAndTheExportCompletes() throws Exception {
        magento.seedProducts(200);
        magento.settings().adminTokenLifetime(Duration.ofMinutes(10));
        AtomicInteger n = new AtomicInteger();
        route(EXPORT, e -> {
            if (n.incrementAndGet() == 100) {
                clock.advance(Duration.ofMinutes(11)); // both the store and our cache see the token expire
            }
        });
        startCamelContext();
        awaitRun();
        assertThat(received).hasSize(200);
        assertThat(receivedSkus()).hasSize(200);
        assertThat(magento.tokenRequests(UserType.ADMIN)).isEqualTo(2);
    }

    @Test
    void aTokenRevokedMidExportIsReplacedAfterOne401() throws Exception {
        magento.seedProducts(120);
        AtomicInteger n = new AtomicInteger();
        route(EXPORT, e -> {
            // while page 1 goes out, page 2 has been read ahead and page 3 is still to be read
            if (n.incrementAndGet() == 20) {
                magento.revokeTokens(UserType.ADMIN, "admin");
            }
        });
        startCamelContext();
        awaitRun();
        assertThat(receivedSkus()).hasSize(120);
        assertThat(magento.tokenRequests(UserType.ADMIN)).isEqualTo(2);
    }

    @Test
    void recordsChangedDuringARunComeWithTheNextRunNotTwiceInThisOne() throws Exception {
        // a store whose clock is real time, as in production: the Date header bounds the run
        stopAll();
        sandbox = com.commerceconnectors.sandbox.Sandbox.builder().start();
        magento = sandbox.magento();
        clock = null;
        startCamel();
        context.getRegistry().bind("shop", adminConnection());
        state = new MemoryStateRepository();
        context.getRegistry().bind("state", state);
        magento.seedProducts(120);
        List<Product> all = magento.products().all();
        AtomicInteger n = new AtomicInteger();
        route(EXPORT, e -> {
            if (n.incrementAndGet() == 60) {
                // one already delivered and one not yet reached change now
                magento.products().touch(all.get(0).sku());
                magento.products().touch(all.get(119).sku());
            }
        });
        startCamelContext();
        awaitRun();
        assertThat(received).hasSize(receivedSkus().size());
        assertThat(receivedSkus()).hasSize(119 + (receivedSkus().contains(all.get(119).sku()) ? 1 : 0));
    }
}
