package com.commerceconnectors.sandbox.magento;

import com.commerceconnectors.sandbox.Sandbox;
import com.commerceconnectors.sandbox.magento.MagentoHttp.Reply;
import com.commerceconnectors.sandbox.magento.auth.UserType;
import com.commerceconnectors.sandbox.magento.catalog.ProductSeeder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ConcurrencyTest {

    private static final int CLIENTS = 64;

    private Sandbox sandbox;
    private ExecutorService pool;

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.start();
        sandbox.magento().seedProducts(CLIENTS * 10);
        pool = Executors.newFixedThreadPool(CLIENTS);
    }

    @AfterEach
    void stop() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(10, TimeUnit.SECONDS);
        sandbox.close();
    }

    @Test
    void sixtyFourClientsAtOnceEachGetTheirOwnCorrectAnswer() throws Exception {
        String token = new MagentoHttp(sandbox).adminToken();
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Reply>> replies = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            int page = client + 1;
            MagentoHttp own = new MagentoHttp(sandbox);
            replies.add(pool.submit(awaiting(go, () -> own.get(MagentoHttp.q("/all/V1/products?"
                    + "searchCriteria[sortOrders][0][field]=entity_id&searchCriteria[sortOrders][0][direction]=ASC"
                    + "&searchCriteria[pageSize]=10&searchCriteria[currentPage]=" + page), token))));
        }
        go.countDown();

        for (int client = 0; client < CLIENTS; client++) {
            Reply reply = replies.get(client).get(30, TimeUnit.SECONDS);
            assertThat(reply.status()).isEqualTo(200);
            assertThat(reply.json().path("items").get(0).path("sku").asText())
                    .isEqualTo(ProductSeeder.sku(client * 10L + 1));
        }
        assertThat(sandbox.magento().requests().size()).isEqualTo(CLIENTS + 1);
    }

    @Test
    void concurrentTokenRequestsAndWritesStayConsistent() throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Reply>> replies = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            int n = client;
            MagentoHttp own = new MagentoHttp(sandbox);
            replies.add(pool.submit(awaiting(go, () -> {
                String token = own.adminToken();
                return own.post("/all/V1/products", token, "{\"product\":{\"sku\":\"PAR-" + n
                        + "\",\"name\":\"Parallel " + n + "\",\"price\":1}}");
            })));
        }
        go.countDown();

        for (Future<Reply> reply : replies) {
            assertThat(reply.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
        }
        assertThat(sandbox.magento().tokensIssued(UserType.ADMIN)).isEqualTo(CLIENTS);
        assertThat(sandbox.magento().products().size()).isEqualTo(CLIENTS * 11);
        assertThat(sandbox.magento().products().all().stream().mapToLong(p -> p.id()).distinct().count())
                .isEqualTo(CLIENTS * 11L);
    }

    @Test
    void signedRequestsInParallelAreAllCheckedAndASharedNonceWinsExactlyOnce() throws Exception {
        String url = new MagentoHttp(sandbox).rest() + "/V1/products/SBX-000001";
        long now = Instant.now().getEpochSecond();
        String shared = OAuthSigner.defaultIntegration().header("GET", url, OAuthSigner.call(now, "shared-nonce"));
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Reply>> unique = new ArrayList<>();
        List<Future<Reply>> sameNonce = new ArrayList<>();
        for (int client = 0; client < CLIENTS / 2; client++) {
            String header = OAuthSigner.defaultIntegration().header("GET", url, OAuthSigner.call(now, "nonce-" + client));
            MagentoHttp own = new MagentoHttp(sandbox);
            unique.add(pool.submit(awaiting(go, () -> signedGet(own, url, header))));
            sameNonce.add(pool.submit(awaiting(go, () -> signedGet(own, url, shared))));
        }
        go.countDown();

        for (Future<Reply> reply : unique) {
            assertThat(reply.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Reply> reply : sameNonce) {
            statuses.add(reply.get(30, TimeUnit.SECONDS).status());
        }
        assertThat(statuses).containsOnly(200, 401);
        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        assertThat(sandbox.magento().rememberedNonces()).isEqualTo(CLIENTS / 2 + 1);
    }

    private static Reply signedGet(MagentoHttp http, String url, String authorization) {
        return http.execute(HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization).GET()
                .build());
    }

    private static <T> Callable<T> awaiting(CountDownLatch go, Callable<T> task) {
        return () -> {
            go.await();
            return task.call();
        };
    }
}
