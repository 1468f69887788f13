package com.commerceconnectors.cli.demo;

import com.commerceconnectors.cli.camel.CamelRuntime;
import com.commerceconnectors.cli.camel.ConnectorHeaders;
import com.commerceconnectors.cli.export.SingleRun;
import com.commerceconnectors.commercelayer.CommerceLayerComponent;
import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.ConnectorType;
import com.commerceconnectors.samples.MagentoToCommerceLayerSkuSync;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.apache.camel.support.processor.state.MemoryStateRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the sample route {@link MagentoToCommerceLayerSkuSync} once: its magento2 consumer does a single poll from an
 * empty watermark (every product), each product is upserted into Commerce Layer as a SKU, and the run ends when the
 * poll returns. Counts the pages the consumer read from the exchanges' page headers.
 */
final class SkuSyncFlow {

    /** What one run did. */
    record Result(int synced, int pages, Duration elapsed) {
    }

    private static final String RUN_BEAN = "syncRun";
    private static final String STATE_BEAN = "syncState";
    private static final Duration CHECK_INTERVAL = Duration.ofMillis(200);

    private final Clock clock;

    SkuSyncFlow(Clock clock) {
        this.clock = clock;
    }

    /**
     * @throws IllegalStateException with the route's own failure as cause when the run failed
     */
    Result run(Connection magento, Connection commerceLayer) throws Exception {
        Instant started = clock.instant();
        SingleRun run = new SingleRun();
        AtomicInteger pages = new AtomicInteger();
        String pageHeader = ConnectorHeaders.of(ConnectorType.MAGENTO2).pageNumber();
        try (CamelRuntime camel = CamelRuntime.open(magento)) {
            camel.bind("magento", magento).bind("commercelayer", commerceLayer)
                    .bind(RUN_BEAN, run).bind(STATE_BEAN, new MemoryStateRepository());
            // the demo's sandbox does not enforce Commerce Layer's limits: paced at the test environment's 100 writes
            // a minute, its 2,000 upserts would take 20 minutes. Against a real organisation pacing stays on.
            camel.context().getComponent("commercelayer", CommerceLayerComponent.class).setRateLimitPacing(false);
            camel.context().getManagementStrategy().addEventNotifier(new EventNotifierSupport() {
                @Override
                public void notify(CamelEvent event) {
                    if (event instanceof CamelEvent.ExchangeCompletedEvent completed) {
                        Integer page = completed.getExchange().getMessage().getHeader(pageHeader, Integer.class);
                        if (page != null) {
                            pages.accumulateAndGet(page, Math::max);
                        }
                    }
                }
            });
            camel.addRoutes(new MagentoToCommerceLayerSkuSync("stateRepository=#" + STATE_BEAN
                    + "&initialDelay=0&repeatCount=1&greedy=false&delay=86400000"
                    + "&pollStrategy=#" + RUN_BEAN + "&exceptionHandler=#" + RUN_BEAN));
            camel.start();
            SingleRun.Outcome outcome = await(run, camel);
            if (!outcome.succeeded()) {
                throw new IllegalStateException("the sync stopped: " + outcome.failure().getMessage(), outcome.failure());
            }
            return new Result(outcome.delivered(), pages.get(), Duration.between(started, clock.instant()));
        }
    }

    private static SingleRun.Outcome await(SingleRun run, CamelRuntime camel) throws InterruptedException {
        while (true) {
            Optional<SingleRun.Outcome> outcome = run.await(CHECK_INTERVAL);
            if (outcome.isPresent()) {
                return outcome.get();
            }
            if (!camel.context().isStarted()) {
                throw new IllegalStateException("the sync's CamelContext stopped before its run completed");
            }
        }
    }
}
