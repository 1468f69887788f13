package com.commerceconnectors.oro;

import com.commerceconnectors.sandbox.oro.data.Resource;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The export on a quartz cron schedule, as ops run it: each firing delivers only what changed since the last. */
class OroScheduledExportTest extends OroSandboxSupport {

    @Test
    void quartzFiringsExportIncrementallyWithoutOverlapOrRepeats() throws Exception {
        startSandbox();
        oro.seedProducts(60);
        startCamel();
        context.getRegistry().bind("oro", backOfficeOAuthConnection("/admin/api"));
        context.getRegistry().bind("state", new MemoryStateRepository());
        Set<String> ids = ConcurrentHashMap.newKeySet();
        List<String> repeated = new CopyOnWriteArrayList<>();
        CountDownLatch firstRun = new CountDownLatch(1);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("oro:products?pageSize=25&stateRepository=#state&settleTime=0"
                        + "&scheduler=quartz&scheduler.cron=0/1+*+*+*+*+?")
                        .routeId("export")
                        .process(e -> {
                            String id = (String) e.getMessage().getBody(Map.class).get("id");
                            if (!ids.add(id)) {
                                repeated.add(id);
                            }
                            if (Boolean.TRUE.equals(e.getProperty(ExchangePropertyKey.BATCH_COMPLETE))) {
                                firstRun.countDown();
                            }
                        });
            }
        });
        context.start();
        assertThat(firstRun.await(20, TimeUnit.SECONDS)).isTrue();
        assertThat(ids).hasSize(60);
        // the changes land between two firings, as one edit would: a firing between creating and touching a product
        // would rightly deliver it twice
        context.getRouteController().suspendRoute("export");
        clock.advance(Duration.ofMinutes(1));
        List<Resource> added = oro.seedProducts(2);
        oro.touchProduct(added.get(0).id());
        oro.touchProduct(added.get(1).id());
        oro.touchProduct(7);
        context.getRouteController().resumeRoute("export");
        long deadline = System.currentTimeMillis() + 20_000;
        while ((ids.size() < 62 || repeated.isEmpty()) && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(ids).hasSize(62);
        assertThat(repeated).containsExactly("7");
        assertThat(oro.tokenRequests()).isEqualTo(1);
    }
}
