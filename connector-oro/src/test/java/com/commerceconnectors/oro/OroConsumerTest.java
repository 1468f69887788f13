package com.commerceconnectors.oro;

import com.commerceconnectors.sandbox.fault.Fault;
import com.commerceconnectors.sandbox.oro.data.Resource;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** The keyset-paging export consumer against the sandbox's Oro over loopback HTTP, with data changing under it. */
class OroConsumerTest extends OroSandboxSupport {

    private static final String EXPORT = "oro:products?connection=#oro&stateRepository=#state"
            + "&initialDelay=0&delay=3600000&settleTime=0";

    private final List<Exchange> received = new CopyOnWriteArrayList<>();
    private CountDownLatch batchComplete = new CountDownLatch(1);
    private MemoryStateRepository state;

    @BeforeEach
    void setUp() throws Exception {
        startSandbox();
        startCamel();
        state = new MemoryStateRepository();
        context.getRegistry().bind("state", state);
    }

    private void route(String uri, Consumer<Exchange> step) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("export").process(e -> {
                    step.accept(e);
                    received.add(e.copy());
                    if (Boolean.TRUE.equals(e.getProperty(ExchangePropertyKey.BATCH_COMPLETE))) {
                        batchComplete.countDown();
                    }
                });
            }
        });
    }

    private void awaitRun() throws InterruptedException {
        assertThat(batchComplete.await(30, TimeUnit.SECONDS)).as("the export run completed").isTrue();
    }

    @SuppressWarnings("unchecked")
    private static String id(Exchange e) {
        return (String) e.getMessage().getBody(Map.class).get("id");
    }

    private Map<String, Integer> deliveriesById() {
        Map<String, Integer> count = new HashMap<>();
        received.forEach(e -> count.merge(id(e), 1, Integer::sum));
        return count;
    }

    @Test
    void exportsEveryRecordExactlyOnceAcrossPagesWithSharedTimestamps() throws Exception {
        context.getRegistry().bind("oro", wsseConnection());
        oro.seedProducts(333);
        route(EXPORT + "&pageSize=40", e -> { });
        context.start();
        awaitRun();
        assertThat(received).hasSize(333);
        assertThat(deliveriesById()).hasSize(333).allSatisfy((id, n) -> assertThat(n).isEqualTo(1));
        Exchange last = received.get(received.size() - 1);
        assertThat(last.getMessage().getHeader(OroConstants.TOTAL_COUNT, Long.class)).isEqualTo(333L);
        assertThat(last.getMessage().getHeader(OroConstants.UPPER_BOUND, String.class)).endsWith("Z");
        assertThat(state.getState("oro:oro-wsse:/admin/api:products")).isEqualTo(last.getMessage().getHeader(OroConstants.WATERMARK));
        // keyset paging: always page 1, sorted by (updatedAt, id)
        assertThat(requests("GET", "/admin/api/products")).allSatisfy(r ->
                assertThat(r.query()).contains("page%5Bnumber%5D=1").contains("sort=updatedAt,id"));
    }

    @Test
    void aTieGroupLargerThanAPageIsPagedByIdWithoutSkippingOrRepeating() throws Exception {
        context.getRegistry().bind("oro", wsseConnection());
        List<Resource> seeded = oro.seedProducts(260);
        // 230 of them saved in the same second
        clock.advance(Duration.ofMinutes(1));
        for (Resource r : seeded.subList(10, 240)) {
            oro.touchProduct(r.id());
        }
        route(EXPORT + "&pageSize=50", e -> { });
        context.start();
        awaitRun();
        assertThat(deliveriesById()).hasSize(260).allSatisfy((id, n) -> assertThat(n).isEqualTo(1));
        assertThat(requests("GET", "/admin/api/products")).anySatisfy(r -> assertThat(r.query()).contains("filter%5Bid%5D%5Bgt%5D="));
    }

    @Test
    void recordsChangingBetweenPagesAreNeitherSkippedNorRepeatedUnlessTheyChangedAfterDelivery() throws Exception {
        context.getRegistry().bind("oro", wsseConnection());
        List<Resource> seeded = oro.seedProducts(300);
        Set<String> touchedEarly = new HashSet<>();
        Set<String> touchedLate = new HashSet<>();
        route(EXPORT + "&pageSize=50", e -> {
            if (received.size() == 49) {
                // after the first page: change five records already delivered and five not yet read
                clock.advance(Duration.ofMinutes(5));
                for (int i = 0; i < 5; i++) {
                    touchedEarly.add(Long.toString(oro.touchProduct(seeded.get(i).id()).id()));
                    touchedLate.add(Long.toString(oro.touchProduct(seeded.get(200 + i).id()).id()));
                }
            }
        });
        context.start();
        awaitRun();
        Map<String, Integer> deliveries = deliveriesById();
        assertThat(deliveries).hasSize(300);
        deliveries.forEach((id, n) -> assertThat(n).as("deliveries of " + id).isEqualTo(touchedEarly.contains(id) ? 2 : 1));
        assertThat(touchedLate).allSatisfy(id -> assertThat(deliveries.get(id)).isEqualTo(1));
    }

    @Test
    void recordsStampedAtOrAfterTheServersClockWaitForTheNextRun() throws Exception {
        context.getRegistry().bind("oro", wsseConnection());
        List<Resource> seeded = oro.seedProducts(50);
        // the database's clock runs far ahead of the web server's Date: those records are not settled yet
        clock.set(java.time.Instant.parse("2099-01-01T00:00:00Z"));
        Set<String> ahead = new HashSet<>();
        for (int i = 5; i < 8; i++) {
            ahead.add(Long.toString(oro.touchProduct(seeded.get(i).id()).id()));
        }
        route(EXPORT + "&pageSize=20", e -> { });
        context.start();
        awaitRun();
        assertThat(deliveriesById()).hasSize(47).doesNotContainKeys(ahead.toArray(String[]::new));
        String bound = received.get(0).getMessage().getHeader(OroConstants.UPPER_BOUND, String.class);
        assertThat(java.time.Instant.parse(bound)).isBefore(java.time.Instant.parse("2099-01-01T00:00:00Z"));
    }

    @Test
    void theNextRunDeliversOnlyWhatChangedSinceTheWatermark() throws Exception {
        context.getRegistry().bind("oro", wsseConnection());
        List<Resource> seeded = oro.seedProducts(100);
        route(EXPORT + "&pageSize=30", e -> { });
        context.start();
        awaitRun();
        assertThat(received).hasSize(100);
        clock.advance(Duration.ofMinutes(1));
        oro.touchProduct(seeded.get(3).id());
        oro.touchProduct(seeded.get(70).id());
        received.clear();
        batchComplete = new CountDownLatch(1);
        context.getRouteController().stopRoute("export");
        context.getRouteController().startRoute("export");
        awaitRun();
        assertThat(received).extracting(OroConsumerTest::id)
                .containsExactly(Long.toString(seeded.get(3).id()), Long.toString(seeded.get(70).id()));
    }

    @Test
    void sinceStartsTheFirstRunInclusivelyAndSplitRecordsFalseDeliversPages() throws Exception {
        context.getRegistry().bind("oro", wsseConnection());
        List<Resource> seeded = oro.seedProducts(30);
        String since = seeded.get(15).attribute("updatedAt").asText();
        long expected = seeded.stream().filter(r -> r.attribute("updatedAt").asText().compareTo(since) >= 0).count();
        route(EXPORT + "&pageSize=7&splitRecords=false&since=" + since, e -> { });
        context.start();
        awaitRun();
        List<Object> all = new ArrayList<>();
        received.forEach(e -> all.addAll(e.getMessage().getBody(List.class)));
        assertThat(all).hasSize((int) expected);
        assertThat(received).allSatisfy(e -> assertThat(e.getMessage().getBody(List.class)).hasSizeLessThanOrEqualTo(7));
    }

    @Test
    void anotherWatermarkFieldCanBeNamedForEntitiesWithoutUpdatedAt() throws Exception {
        context.getRegistry().bind("oro", wsseConnection());
        oro.seedProducts(25);
        route(EXPORT + "&pageSize=10&watermarkField=createdAt", e -> { });
        context.start();
        awaitRun();
        assertThat(deliveriesById()).hasSize(25);
        assertThat(requests("GET", "/admin/api/products")).allSatisfy(r -> assertThat(r.query()).contains("sort=createdAt,id"));
    }

    @Test
    void aTokenExpiringMidExportIsRenewedOnceAnd429sAnd503sWithRetryAfterAreWaitedOut() throws Exception {
        context.getRegistry().bind("oro", backOfficeOAuthConnection("/admin/api"));
        oro.seedProducts(200);
        route(EXPORT + "&pageSize=50", e -> {
            if (received.size() == 60) {
                // well into the second page: the hour-long token runs out, Oro starts limiting and then sheds load
                clock.advance(Duration.ofMinutes(61));
                oro.faults().on("/admin/api/products*").times(1).respond(Fault.tooManyRequests(Duration.ofSeconds(7)));
                oro.faults().on("/admin/api/products*").times(1).respond(Fault.serviceUnavailable(Duration.ofSeconds(11)));
            }
        });
        context.start();
        awaitRun();
        assertThat(deliveriesById()).hasSize(200).allSatisfy((id, n) -> assertThat(n).isEqualTo(1));
        assertThat(oro.tokenRequests()).isEqualTo(2);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(11));
    }

    @Test
    void aStorefrontExportRenewsItsExpiredPasswordGrantTokenOnce() throws Exception {
        context.getRegistry().bind("oro", storefrontPasswordConnection());
        oro.seedProducts(120);
        route(EXPORT + "&pageSize=25", e -> {
            if (received.size() == 30) {
                clock.advance(Duration.ofMinutes(90));
            }
        });
        context.start();
        awaitRun();
        assertThat(deliveriesById()).hasSize(120).allSatisfy((id, n) -> assertThat(n).isEqualTo(1));
        assertThat(oro.tokenRequests()).isEqualTo(2);
        assertThat(requests("GET", "/api/products")).allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
    }

    @Test
    void aFailedExchangeStopsThePollAndTheNextPollResumesAtIt() throws Exception {
        context.getRegistry().bind("oro", wsseConnection());
        oro.seedProducts(40);
        int[] calls = {0};
        route(EXPORT + "&pageSize=10", e -> {
            if (++calls[0] == 15) {
                throw new IllegalStateException("downstream is down");
            }
        });
        context.start();
        assertThat(waitFor(() -> calls[0] >= 15)).isTrue();
        String stored = state.getState("oro:oro-wsse:/admin/api:products");
        assertThat(received).hasSize(14);
        assertThat(stored).isEqualTo(received.get(13).getMessage().getHeader(OroConstants.WATERMARK));
        context.getRouteController().stopRoute("export");
        context.getRouteController().startRoute("export");
        awaitRun();
        assertThat(deliveriesById()).hasSize(40).allSatisfy((id, n) -> assertThat(n).isEqualTo(1));
    }

    private static boolean waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 300 && !condition.getAsBoolean(); i++) {
            TimeUnit.MILLISECONDS.sleep(100);
        }
        return condition.getAsBoolean();
    }
}
