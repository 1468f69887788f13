package com.commerceconnectors.commercelayer;

import com.commerceconnectors.sandbox.commercelayer.store.Resource;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** The incremental export consumer against the sandbox organization, over loopback HTTP. */
class CommerceLayerExportTest extends SandboxCamelSupport {

    private static final String EXPORT = "commercelayer:skus?connection=#store&stateRepository=#state"
            + "&initialDelay=0&delay=3600000";
    private static final String STATE_KEY = "commercelayer:cl-integration:skus";

    private final List<Map<String, Object>> received = new CopyOnWriteArrayList<>();
    private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();
    private CountDownLatch batchComplete = new CountDownLatch(1);
    private MemoryStateRepository state;

    @BeforeEach
    void setUp() throws Exception {
        startSandbox();
        startCamel();
        context.getRegistry().bind("store", integration());
        state = new MemoryStateRepository();
        context.getRegistry().bind("state", state);
    }

    @SuppressWarnings("unchecked")
    private void route(String uri, Consumer<Exchange> step) throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("export").process(e -> {
                    step.accept(e);
                    received.add(e.getMessage().getBody(Map.class));
                    exchanges.add(e.copy());
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
    private static String code(Map<String, Object> record) {
        return (String) ((Map<String, Object>) record.get("attributes")).get("code");
    }

    @SuppressWarnings("unchecked")
    private static String version(Map<String, Object> record) {
        return record.get("id") + "@" + ((Map<String, Object>) record.get("attributes")).get("updated_at");
    }

    private Set<String> ids() {
        Set<String> ids = new HashSet<>();
        received.forEach(r -> ids.add((String) r.get("id")));
        return ids;
    }

    @Test
    void aMultiPageExportDeliversEveryRecordOnceWithOneTokenRequest() throws Exception {
        cl.seedSkus(130);
        route(EXPORT, e -> { });
        awaitRun();
        assertThat(received).hasSize(130);
        assertThat(ids()).hasSize(130);
        assertThat(cl.tokenRequests().requests()).as("one token for the whole export").isEqualTo(1);
        // every five SKUs share an updated_at, so each page after the first repeats the five at its watermark (skipped):
        // 25 + 5 × 20 + 5 = 130 in 7 requests
        assertThat(apiRequests()).hasSize(7).allSatisfy(r -> assertThat(r.query()).contains("page%5Bsize%5D=25"));
        Exchange last = exchanges.get(exchanges.size() - 1);
        assertThat(last.getProperty(ExchangePropertyKey.BATCH_COMPLETE, Boolean.class)).isTrue();
        assertThat(last.getMessage().getHeader(CommerceLayerConstants.PAGE_NUMBER, Integer.class)).isEqualTo(7);
        assertThat(last.getMessage().getHeader(CommerceLayerConstants.UPPER_BOUND, String.class)).isNotBlank();
        // stored once the last exchange has completed, just after the route saw it
        String lastMark = last.getMessage().getHeader(CommerceLayerConstants.WATERMARK, String.class);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> lastMark.equals(state.getState(STATE_KEY)));
    }

    @Test
    void theWatermarkIsWrittenOncePerPageNotOncePerRecord() throws Exception {
        cl.seedSkus(130);
        List<String> writes = new CopyOnWriteArrayList<>();
        context.getRegistry().bind("counting", new MemoryStateRepository() {
            @Override
            public void setState(String key, String value) {
                writes.add(value);
                super.setState(key, value);
            }
        });
        route(EXPORT.replace("#state", "#counting"), e -> { });
        awaitRun();
        assertThat(received).hasSize(130);
        // 130 records in 7 pages (25, then 20 new after the 5 at each watermark, then the last 5): 7 writes, not 130
        long pages = exchanges.stream().map(e -> e.getMessage().getHeader(CommerceLayerConstants.PAGE_NUMBER)).distinct().count();
        assertThat(pages).isEqualTo(7);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> writes.size() >= 7);
        assertThat(writes).hasSize(7);
        String lastMark = exchanges.get(exchanges.size() - 1).getMessage().getHeader(CommerceLayerConstants.WATERMARK, String.class);
        assertThat(writes.get(writes.size() - 1)).isEqualTo(lastMark);
        assertThat(writes).doesNotHaveDuplicates();
    }

    @Test
    void recordsOfOnePageAreCountedAsRecordsAndMarkedCompleteWithSplitRecordsOff() throws Exception {
        cl.seedSkus(60);
        route(EXPORT + "&splitRecords=false", e -> { });
        awaitRun();
        assertThat(exchanges).hasSize(3);
        Exchange last = exchanges.get(2);
        assertThat(last.getProperty(ExchangePropertyKey.BATCH_COMPLETE, Boolean.class)).isTrue();
        assertThat(last.getMessage().getHeader(CommerceLayerConstants.TOTAL_COUNT, Long.class))
                .as("what the run's first request matched").isEqualTo(60L);
        assertThat(exchanges).allSatisfy(e -> assertThat(e.getMessage().getHeader(CommerceLayerConstants.TOTAL_COUNT)).isNotNull());
    }

    @Test
    void recordsSharingOneTimestampBeyondAPageArePagedByIdWithoutLoss() throws Exception {
        List<Resource> seeded = cl.seedSkus(70);
        clock.advance(Duration.ofMinutes(1));
        seeded.subList(0, 60).forEach(s -> cl.touchSku(s.id())); // a bulk edit: 60 records, one updated_at
        route(EXPORT, e -> { });
        awaitRun();
        assertThat(received).hasSize(70);
        assertThat(ids()).hasSize(70);
        assertThat(apiRequests()).anySatisfy(r -> assertThat(r.query()).contains("id_gt"));
    }

    @Test
    void dataChangingBetweenPagesNeitherSkipsNorRepeatsARecordVersion() throws Exception {
        cl.seedSkus(100);
        String delivered = cl.skuByCode("SKU-000002").orElseThrow().id();
        String ahead = cl.skuByCode("SKU-000080").orElseThrow().id();
        String deleted = cl.skuByCode("SKU-000090").orElseThrow().id();
        boolean[] changed = {false};
        route(EXPORT, e -> {
            if (!changed[0] && received.size() == 30) {
                // mid-export, as if edited in the dashboard: one record already sent, one not yet; one deleted
                changed[0] = true;
                clock.advance(Duration.ofSeconds(1));
                cl.touchSku(delivered);
                cl.touchSku(ahead);
                cl.store().remove(com.commerceconnectors.sandbox.commercelayer.store.Schema.SKUS, deleted);
            }
        });
        awaitRun();
        List<String> versions = new ArrayList<>();
        received.forEach(r -> versions.add(version(r)));
        assertThat(versions).doesNotHaveDuplicates();
        assertThat(ids()).hasSize(99).contains(delivered, ahead).doesNotContain(deleted);
        assertThat(received.stream().filter(r -> r.get("id").equals(ahead))).as("moved ahead: sent once").hasSize(1);
        assertThat(received.stream().filter(r -> r.get("id").equals(delivered))).as("old and new version").hasSize(2);
    }

    @Test
    void aTokenExpiringMidExportIsRenewedAndNothingIsLost() throws Exception {
        cl.seedSkus(80);
        route(EXPORT, e -> {
            if (received.size() == 40) {
                clock.advance(Duration.ofHours(2).plusMinutes(1)); // past the integration token's 2 h
            }
        });
        awaitRun();
        assertThat(ids()).hasSize(80);
        assertThat(received).hasSize(80);
        assertThat(cl.tokenRequests().requests("client_credentials")).isEqualTo(2);
        assertThat(apiRequests()).noneSatisfy(r -> assertThat(r.status()).isEqualTo(401));
    }

    @Test
    void theNextRunDeliversOnlyWhatChanged() throws Exception {
        List<Resource> seeded = cl.seedSkus(50);
        route(EXPORT, e -> { });
        awaitRun();
        assertThat(received).hasSize(50);
        clock.advance(Duration.ofMinutes(5));
        cl.touchSku(seeded.get(3).id());
        cl.touchSku(seeded.get(40).id());
        received.clear();
        batchComplete = new CountDownLatch(1);
        context.getRouteController().stopRoute("export");
        context.getRouteController().startRoute("export");
        awaitRun();
        assertThat(ids()).containsExactlyInAnyOrder(seeded.get(3).id(), seeded.get(40).id());
        assertThat(cl.tokenRequests().requests()).as("the client and its token outlive a route restart").isEqualTo(1);
    }

    @Test
    void sinceStartsTheFirstRunAndPagesMayBeOneExchange() throws Exception {
        cl.seedSkus(30);
        String since = cl.skuByCode("SKU-000021").orElseThrow().updatedAt().toString();
        route(EXPORT + "&splitRecords=false&fields=code&since=" + since, e -> { });
        awaitRun();
        assertThat(exchanges).hasSize(1);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> page = exchanges.get(0).getMessage().getBody(List.class);
        // SKU-000021 to 30, inclusive of the since timestamp (21 to 25 share it)
        assertThat(page).extracting(CommerceLayerExportTest::code).contains("SKU-000021", "SKU-000030").hasSize(10);
        @SuppressWarnings("unchecked")
        Map<String, Object> attributes = (Map<String, Object>) page.get(0).get("attributes");
        assertThat(attributes).as("sparse fields, plus what the export needs").containsOnlyKeys("code", "updated_at");
    }

    @Test
    void aFailedExchangeStopsTheRunAndTheNextPollResumesAtIt() throws Exception {
        cl.seedSkus(40);
        boolean[] failedOnce = {false};
        List<String> marks = new CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(EXPORT).routeId("export").process(e -> {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> record = e.getMessage().getBody(Map.class);
                    if (!failedOnce[0] && received.size() == 29) {
                        failedOnce[0] = true;
                        throw new IllegalStateException("downstream unavailable");
                    }
                    received.add(record);
                    marks.add(e.getMessage().getHeader(CommerceLayerConstants.WATERMARK, String.class));
                });
            }
        });
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> failedOnce[0]);
        assertThat(received).hasSize(29);
        assertThat(state.getState(STATE_KEY)).as("stored up to the last success").isEqualTo(marks.get(28));
        context.getRouteController().stopRoute("export");
        context.getRouteController().startRoute("export");
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> received.size() >= 40);
        assertThat(ids()).hasSize(40);
        assertThat(received).hasSize(40);
    }

    @Test
    void aQuartzCronScheduleRunsTheExport() throws Exception {
        cl.seedSkus(30);
        route("commercelayer:skus?connection=#store&stateRepository=#state&scheduler=quartz"
                + "&scheduler.cron=0/1+*+*+*+*+?", e -> { });
        awaitRun();
        assertThat(ids()).hasSize(30);
    }

    @Test
    void aDeadLetterChannelThatHandlesAFailureLetsTheExportMoveOn() throws Exception {
        cl.seedSkus(30);
        List<Object> deadLetters = new CopyOnWriteArrayList<>();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:dead").process(e -> deadLetters.add(e.getMessage().getBody()));
                from(EXPORT).routeId("export").errorHandler(deadLetterChannel("direct:dead"))
                        .process(e -> {
                            @SuppressWarnings("unchecked")
                            Map<String, Object> record = e.getMessage().getBody(Map.class);
                            if (code(record).equals("SKU-000012")) {
                                throw new IllegalStateException("refused downstream");
                            }
                            received.add(record);
                            if (Boolean.TRUE.equals(e.getProperty(ExchangePropertyKey.BATCH_COMPLETE))) {
                                batchComplete.countDown();
                            }
                        });
            }
        });
        awaitRun();
        assertThat(received).hasSize(29);
        assertThat(deadLetters).hasSize(1);
        // handled=true counts as success: the watermark moved past the record, which lives on in the dead letters
        assertThat(received).noneMatch(r -> code(r).equals("SKU-000012"));
        String lastTime = com.commerceconnectors.commercelayer.paging.Timestamps.format(
                cl.skuByCode("SKU-000030").orElseThrow().updatedAt());
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> state.getState(STATE_KEY) != null && state.getState(STATE_KEY).startsWith(lastTime + "|"));
    }
}
