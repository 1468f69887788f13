package com.commerceconnectors.commercelayer;

import com.commerceconnectors.sandbox.log.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangePropertyKey;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.processor.state.MemoryStateRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
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
 * Commerce Layer's rate limits against the sandbox organisation with its test environment's average limits enforced
 * (other reads, such as orders: 100 a minute per IP; SKUs, cacheable: 500), reported on every answer by
 * {@code X-Ratelimit-*} and never announced by a reset time. The connector paces by those headers, so it meets no 429;
 * connections of one organisation pace together; a 429 without Retry-After waits the window's interval; and the auth
 * endpoint's 30 token requests a minute are never reached. Waiting moves the sandbox clock, never real time.
 */
class CommerceLayerRateLimitTest extends SandboxCamelSupport {

    private static final Duration INTERVAL = Duration.ofSeconds(60);

    private final List<String> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        startSandbox();
        cl.settings().apiAverageLimitEnforced(true);
        startCamel();
        context.getRegistry().bind("store", integration());
        context.getRegistry().bind("state", new MemoryStateRepository());
    }

    /** Starts one export route per connection bean and waits until each has run once. */
    private void export(String resource, int pageSize, String... connections) throws Exception {
        CountDownLatch done = new CountDownLatch(connections.length);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                for (String connection : connections) {
                    from("commercelayer:" + resource + "?connection=#" + connection + "&stateRepository=#state"
                            + "&stateKey=" + connection + "&pageSize=" + pageSize + "&initialDelay=0&delay=3600000")
                            .process(e -> {
                                received.add((String) e.getMessage().getBody(Map.class).get("id"));
                                if (Boolean.TRUE.equals(e.getProperty(ExchangePropertyKey.BATCH_COMPLETE))) {
                                    done.countDown();
                                }
                            });
                }
            }
        });
        assertThat(done.await(120, TimeUnit.SECONDS)).as("every export completed").isTrue();
    }

    private List<RecordedRequest> refused() {
        return apiRequests().stream().filter(r -> r.status() == 429).toList();
    }

    /** The most /api requests the sandbox served in any sliding minute, by its clock. */
    private int busiestMinute() {
        List<Instant> served = apiRequests().stream().filter(r -> r.status() == 200).map(RecordedRequest::at).sorted().toList();
        int most = 0;
        for (int i = 0, j = 0; i < served.size(); i++) {
            while (!served.get(j).isAfter(served.get(i).minus(INTERVAL))) {
                j++;
            }
            most = Math.max(most, i - j + 1);
        }
        return most;
    }

    @Test
    void aThousandOrdersExportWithoutA429UnderTheEnforcedLimit() throws Exception {
        cl.seedSkus(5);
        cl.seedOrders(1000);
        export("orders", 10, "store");
        assertThat(received).hasSize(1000).doesNotHaveDuplicates();
        assertThat(apiRequests().size()).as("more requests than a minute allows").isGreaterThan(100);
        assertThat(refused()).as("responses 429").isEmpty();
        assertThat(busiestMinute()).isLessThanOrEqualTo(100);
        assertThat(sleeps).as("it waited before the limit came").isNotEmpty();
    }

    @Test
    void twoConnectionsOfOneOrganisationArePacedTogether() throws Exception {
        // two connections (distinct names, so distinct clients and token caches) of the one organisation and IP
        context.getRegistry().bind("second", connection("""
                {"name":"cl-second","connector":"commercelayer","baseUri":"%s",
                 "auth":{"type":"oauth2","grantType":"client_credentials","clientId":"%s","clientSecret":"%s",
                         "tokenUri":"%s"}}
                """.formatted(sandbox.commerceLayerBaseUri(),
                com.commerceconnectors.sandbox.commercelayer.CommerceLayerSandbox.INTEGRATION_CLIENT_ID,
                com.commerceconnectors.sandbox.commercelayer.CommerceLayerSandbox.INTEGRATION_CLIENT_SECRET, tokenUri())));
        cl.seedSkus(5);
        cl.seedOrders(600);
        export("orders", 10, "store", "second");
        assertThat(received).hasSize(1200);
        assertThat(cl.tokenRequests().requests()).as("two connections, two tokens").isEqualTo(2);
        assertThat(apiRequests().size()).isGreaterThan(100);
        assertThat(refused()).as("responses 429").isEmpty();
        assertThat(busiestMinute()).isLessThanOrEqualTo(100);
    }

    @Test
    void withoutPacingTheLimitIsMetAndEach429WaitsTheWindowsInterval() throws Exception {
        component.setRateLimitPacing(false);
        cl.seedSkus(5);
        cl.seedOrders(1000);
        export("orders", 10, "store");
        assertThat(received).hasSize(1000).doesNotHaveDuplicates();
        assertThat(refused()).as("the sandbox refused the unpaced export").isNotEmpty();
        // no Retry-After: each refusal waited the X-Ratelimit-Interval the answer reported, not a short back-off
        assertThat(sleeps).hasSize(refused().size()).allSatisfy(d -> assertThat(d).isEqualTo(INTERVAL));
    }

    @Test
    void anUnannouncedBurstLimitIsWaitedOutForTheReportedInterval() throws Exception {
        cl.seedSkus(130);
        cl.settings().apiBurstLimit(2, Duration.ofSeconds(10));
        component.setRetryMaxAttempts(10);
        export("skus", 25, "store");
        assertThat(received).hasSize(130).doesNotHaveDuplicates();
        List<RecordedRequest> refused = refused();
        assertThat(refused).as("the burst limit, which the headers do not describe, was met").isNotEmpty()
                .allSatisfy(r -> assertThat(r.query()).contains("page%5Bsize%5D=25"));
        assertThat(sleeps.stream().filter(INTERVAL::equals).count()).isEqualTo(refused.size());
    }

    @Test
    void aRetryAfterIsHonouredExactly() throws Exception {
        cl.seedSkus(130);
        cl.settings().apiBurstLimit(2, Duration.ofSeconds(10)).apiRetryAfter(Duration.ofSeconds(7));
        component.setRetryMaxAttempts(10);
        export("skus", 25, "store");
        assertThat(received).hasSize(130).doesNotHaveDuplicates();
        assertThat(refused()).isNotEmpty();
        assertThat(sleeps.stream().filter(Duration.ofSeconds(7)::equals).count()).isEqualTo(refused().size());
        assertThat(sleeps).as("a Retry-After replaces the interval").doesNotContain(INTERVAL);
    }

    @Test
    void manyRoutesAndThreadsShareOneTokenSoTheAuthLimitIsNeverReached() throws Exception {
        cl.seedSkus(130);
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
        assertThat(refused()).isEmpty();
    }
}
