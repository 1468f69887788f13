package com.commerceconnectors.sandbox.commercelayer;

import com.commerceconnectors.sandbox.commercelayer.ClHttp.Reply;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class ConcurrencyTest extends CommerceLayerFixture {

    private static final int CLIENTS = 16;

    @Test
    void concurrentCreatesOfOneCodeMakeExactlyOneSku() throws Exception {
        String token = http.integrationToken();
        List<Reply> replies = concurrently(() -> http.post("/skus", token,
                "{\"data\":{\"type\":\"skus\",\"attributes\":{\"code\":\"RACE-1\",\"name\":\"Race\"}}}"));

        assertThat(replies).filteredOn(r -> r.status() == 201).hasSize(1);
        assertThat(replies).filteredOn(r -> r.status() == 422).hasSize(CLIENTS - 1);
        assertThat(cl.skus()).isEqualTo(1);
    }

    @Test
    void concurrentTokenRequestsAreEachAnsweredAndCounted() throws Exception {
        List<Reply> replies = concurrently(() -> http.token("grant_type", "client_credentials",
                "client_id", CommerceLayerSandbox.INTEGRATION_CLIENT_ID,
                "client_secret", CommerceLayerSandbox.INTEGRATION_CLIENT_SECRET));

        assertThat(replies).allMatch(r -> r.status() == 200);
        assertThat(replies.stream().map(r -> r.json().path("access_token").asText()).distinct()).hasSize(CLIENTS);
        assertThat(cl.tokenRequests().requests("client_credentials")).isEqualTo(CLIENTS);
        assertThat(cl.tokenRequests().issued()).isEqualTo(CLIENTS);
    }

    private static List<Reply> concurrently(Callable<Reply> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Reply>> futures = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Reply> replies = new ArrayList<>();
            for (Future<Reply> future : futures) {
                replies.add(future.get());
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }
}
