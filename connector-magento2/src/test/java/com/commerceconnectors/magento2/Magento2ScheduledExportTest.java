package com.commerceconnectors.magento2;

import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The export on a quartz cron schedule, as ops run it: each firing delivers only what changed since the last. */
class Magento2ScheduledExportTest extends SandboxCamelSupport {

    @Test
    void quartzFiringsExportIncrementallyWithoutOverlapOrRepeats() throws Exception {
        startSandbox();
        magento.seedProducts(90);
        startCamel();
        context.getRegistry().bind("shop", adminConnection());
        context.getRegistry().bind("state", new org.apache.camel.support.processor.state.MemoryStateRepository());
        Set<String> skus = ConcurrentHashMap.newKeySet();
        List<String> duplicates = new CopyOnWriteArrayList<>();
        CountDownLatch firstRun = new CountDownLatch(1);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("magento2:products?connection=#shop&pageSize=25&stateRepository=#state&settleTime=0"
                        + "&scheduler=quartz&scheduler.cron=0/1+*+*+*+*+?")
                        .routeId("export")
                        .process(e -> {
                            String sku = (String) e.getMessage().getBody(java.util.Map.class).get("sku");
                            if (!skus.add(sku)) {
                                duplicates.add(sku);
                            }
                            if (Boolean.TRUE.equals(e.getProperty(ExchangePropertyKey.BATCH_COMPLETE))) {
                                firstRun.countDown();
                            }
                        });
            }
        });
        startCamelContext();
        assertThat(firstRun.await(20, TimeUnit.SECONDS)).isTrue();
        assertThat(skus).hasSize(90);
        // later firings find nothing new until something changes
        // the changes land between two firings, as one save would: a firing between seeding and stamping a product
        // would rightly deliver it twice
        context.getRouteController().suspendRoute("export");
        String changed = magento.products().all().get(5).sku();
        var added = magento.seedProducts(3);
        for (var p : added) {
            magento.products().touch(p.sku(), clock.instant().plusSeconds(60)); // created now, as Magento stamps them
        }
        magento.products().touch(changed, clock.instant().plusSeconds(60));
        context.getRouteController().resumeRoute("export");
        long deadline = System.currentTimeMillis() + 20_000;
        while ((skus.size() < 93 || duplicates.isEmpty()) && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(skus).hasSize(93).containsAll(added.stream().map(p -> p.sku()).toList());
        assertThat(duplicates).containsExactly(changed);
    }
}
