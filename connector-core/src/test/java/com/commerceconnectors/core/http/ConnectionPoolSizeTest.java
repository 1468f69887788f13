package com.commerceconnectors.core.http;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.ConnectionLoader;
import com.commerceconnectors.core.testing.Await;
import com.commerceconnectors.core.testing.Reply;
import com.commerceconnectors.core.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pool sizes of a connection document reach the transport: a connection's callers get as many connections at
 * once as its pool allows, and wait for one beyond that. HttpClient's own default of 5 per host made the 6th of 64
 * callers wait, which is what serialised concurrent producers.
 */
class ConnectionPoolSizeTest {

    private final TestServer server = TestServer.http();
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    private final ExecutorService callers = Executors.newFixedThreadPool(64);

    @AfterEach
    void stop() throws InterruptedException {
        release.countDown();
        callers.shutdownNow();
        callers.awaitTermination(10, TimeUnit.SECONDS);
        server.close();
    }

    @Test
    void byDefaultSixtyFourCallersEachHaveAConnectionAtOnce() throws Exception {
        ApacheHttpTransport transport = ApacheHttpTransport.create(TransportSettings.forConnection(connection("")));
        try (transport) {
            List<Future<ApiResponse>> calls = callAtOnce(transport, 64);
            Await.until("64 requests are at the server together", () -> inFlight.get() == 64);
            assertThat(transport.poolUsage().getPending()).isZero();
            release.countDown();
            for (Future<ApiResponse> call : calls) {
                assertThat(call.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
            }
            assertThat(mostInFlight).hasValue(64);
        }
    }

    @Test
    void aSmallerPoolMakesTheRestWaitTheirTurn() throws Exception {
        ApacheHttpTransport transport = ApacheHttpTransport.create(TransportSettings.forConnection(
                connection(", \"pool\": {\"maxConnectionsPerHost\": 4, \"maxConnections\": 6}")));
        try (transport) {
            List<Future<ApiResponse>> calls = callAtOnce(transport, 16);
            Await.until("4 requests at the server and 12 callers waiting for a connection",
                    () -> inFlight.get() == 4 && transport.poolUsage().getPending() == 12);
            assertThat(transport.poolUsage().getLeased()).isEqualTo(4);
            release.countDown();
            for (Future<ApiResponse> call : calls) {
                assertThat(call.get(10, TimeUnit.SECONDS).status()).isEqualTo(200);
            }
            assertThat(mostInFlight).hasValue(4);
            assertThat(server.count("/rest/V1/products")).isEqualTo(16);
        }
    }

    private List<Future<ApiResponse>> callAtOnce(ApacheHttpTransport transport, int count) {
        server.route("/rest/V1/products", request -> {
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                release.await(20, TimeUnit.SECONDS);
            } finally {
                inFlight.decrementAndGet();
            }
            return Reply.json(200, "{\"items\":[]}");
        });
        URI uri = server.uri("/rest/V1/products");
        List<Future<ApiResponse>> calls = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            calls.add(callers.submit(() -> transport.execute(ApiRequest.get(uri))));
        }
        return calls;
    }

    private Connection connection(String poolField) {
        return new ConnectionLoader().parse("""
                {"name": "shop", "connector": "magento2", "baseUri": "%s"%s,
                 "auth": {"type": "bearer", "token": "t"}}
                """.formatted(server.uri("/rest"), poolField), "test connection");
    }
}
