package com.commerceconnectors.commercelayer;

import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Commerce Layer's rate limits: per-resource burst windows that answer 429 without a reset time (the retries back off
 * with jitter until the window moves on; a Retry-After is honoured), and the auth endpoint's 30 token requests a minute
 * (one token per connection and context, however many routes and threads).
 */
class CommerceLayerRateLimitTest extends SandboxCamelSupport {

    private final List<String> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch done = new CountDownLatch(1);

    @BeforeEach
    void setUp() throws Exception {
        startSandbox();
        cl.seedSkus(130);
        startCamel();
        context.getRegistry().bind("store", integration());
        context.getRegistry().bind("state", new MemoryStateRepository());
    }

    private void export() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("commercelayer:skus?connection=#store&stateRepository=#state&initialDelay=0&delay=3600000")
                        .process(e -> {
                            received.add((String) e.getMessage().getBody(Map.class).get("id"));
                            if (Boolean.TRUE.equals(e.getProperty(ExchangePropertyKey.BATCH_COMPLETE))) {
                                done.countDown();
                            }
                        });
            }
        });
        assertThat(done.await(60, TimeUnit.SECONDS)).as("the export completed").isTrue();
    }

    private long tooManyRequests() {
        return apiRequests().stream().filter(r -> r.status() == 429).count();
    }

    @Test
    void anExportSurvivesBurstLimitsWithoutResetHeadersAndLosesNothing() throws Exception {
        cl.settings().apiBurstLimit(2, Duration.ofSeconds(10));
        component.setRetryMaxAttempts(10);
        export();
        assertThat(received).hasSize(130).doesNotHaveDuplicates();
        assertThat(tooManyRequests()).as("the sandbox limited the export").isPositive();
        assertThat(apiRequests()).filteredOn(r -> r.status() == 429)
                .allSatisfy(r -> assertThat(r.query()).contains("page%5Bsize%5D=25"));
        // no Retry-After: waits are jittered and grow; each 10 s window was waited out on the sandbox clock
        assertThat(sleeps).hasSize((int) tooManyRequests());
        assertThat(new java.util.HashSet<>(sleeps)).as("jittered, not fixed").hasSizeGreaterThan(1);
        assertThat(sleeps).allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(Duration.ofSeconds(30)));
    }

    @Test
    void aRetryAfterIsHonouredExactly() throws Exception {
        cl.settings().apiBurstLimit(2, Duration.ofSeconds(10)).apiRetryAfter(Duration.ofSeconds(7));
        component.setRetryMaxAttempts(10);
        export();
        assertThat(received).hasSize(130).doesNotHaveDuplicates();
        assertThat(sleeps).isNotEmpty().allSatisfy(d -> assertThat(d).isEqualTo(Duration.ofSeconds(7)));
    }

    @Test
    void manyRoutesAndThreadsShareOneTokenSoTheAuthLimitIsNeverReached() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Exchange>> calls = new ArrayList<>();
            for (int i = 0; i < 48; i++) {
                // distinct endpoints (page numbers), one connection
                String uri = "commercelayer:skus?connection=#store&pageNumber=" + (i % 6 + 1);
                calls.add(pool.submit(() -> send(uri, null, Map.of())));
            }
            Set<Object> pages = ConcurrentHashMap.newKeySet();
            for (Future<Exchange> call : calls) {
                Exchange ex = call.get(60, TimeUnit.SECONDS);
                assertThat(ex.getException()).isNull();
                pages.add(ex.getMessage().getHeader(CommerceLayerConstants.PAGE_NUMBER));
            }
            assertThat(pages).hasSize(6);
        } finally {
            pool.shutdownNow();
        }
        assertThat(cl.tokenRequests().requests()).isEqualTo(1);
        assertThat(cl.tokenRequests().rateLimited()).isZero();
    }
}
