package com.commerceconnectors.core.auth;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.RequestAuth;
import com.commerceconnectors.connection.Secret;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.core.error.FailureReason;
import com.commerceconnectors.core.http.ApiRequest;
import com.commerceconnectors.core.http.ApiResponse;
import com.commerceconnectors.core.http.ConnectorClient;
import com.commerceconnectors.core.testing.Await;
import com.commerceconnectors.core.testing.Connections;
import com.commerceconnectors.core.testing.MutableClock;
import com.commerceconnectors.core.testing.RecordingSleeper;
import com.commerceconnectors.core.testing.TestServer;
import com.commerceconnectors.core.testing.TokenApi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestAuthTest {

    private final TestServer server = TestServer.http();
    private final TokenApi api = new TokenApi("admin", "s3cr3t\"pw").mount(server);
    private final MutableClock clock = MutableClock.at("2026-05-04T10:00:00Z");
    private final List<ConnectorClient> clients = new ArrayList<>();

    @AfterEach
    void stop() {
        api.open();
        clients.forEach(ConnectorClient::close);
        server.close();
    }

    private ConnectorClient client(RequestAuth auth) {
        Connection connection = Connections.cloud(server.uri("/rest"), auth);
        ConnectorClient client = ConnectorClient.builder().connection(connection).platformName("Shop").clock(clock)
                .sleeper(new RecordingSleeper(clock)).build();
        clients.add(client);
        return client;
    }

    private ConnectorClient magentoStyle(String password) {
        // relative token URI resolved against baseUri; "" = the answer is a bare JSON string
        return client(new RequestAuth("admin", Secret.of(password), null, java.net.URI.create("V1/integration/admin/token"),
                null, null, "", null, null, Duration.ofHours(4)));
    }

    private ApiRequest products() {
        return ApiRequest.get(server.uri(TokenApi.API_PATH));
    }

    private static TokenCache cache(ConnectorClient client) {
        return ((TokenAuthPolicy) client.authPolicy()).tokenCache();
    }

    @Test
    void signsInWithABareStringTokenAndSendsItAsBearer() {
        ConnectorClient client = magentoStyle("s3cr3t\"pw");
        assertThat(client.send(products()).status()).isEqualTo(200);
        assertThat(client.send(products()).status()).isEqualTo(200);
        var signIn = server.requests(TokenApi.TOKEN_PATH);
        assertThat(signIn).hasSize(1);
        assertThat(signIn.get(0).method()).isEqualTo("POST");
        assertThat(signIn.get(0).header("Content-Type")).startsWith("application/json");
        // the quote in the password is JSON-escaped, not breaking the body
        assertThat(signIn.get(0).bodyAsString()).isEqualTo("{\"username\":\"admin\",\"password\":\"s3cr3t\\\"pw\"}");
        assertThat(signIn.get(0).header("Authorization")).isNull();
        assertThat(server.requests(TokenApi.API_PATH)).allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer tok-1"));
        AccessToken token = cache(client).current().orElseThrow();
        assertThat(token.expirySource()).isEqualTo(AccessToken.ExpirySource.CONFIGURED_TTL);
        assertThat(token.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofHours(4)));
    }

    @Test
    void takesTheTokenAtAJsonPointerWithItsExpiresIn() {
        api.answering(n -> "{\"data\":{\"token\":\"tok-" + n + "\"},\"expires_in\":900}");
        ConnectorClient client = client(Connections.requestAuth("admin", "s3cr3t\"pw", server.uri(TokenApi.TOKEN_PATH), "/data/token"));
        assertThat(client.send(products()).status()).isEqualTo(200);
        AccessToken token = cache(client).current().orElseThrow();
        assertThat(token.expirySource()).isEqualTo(AccessToken.ExpirySource.EXPIRES_IN);
        assertThat(token.expiresAt()).isEqualTo(clock.instant().plusSeconds(900));
    }

    @Test
    void letsTheJwtExpDriveExpiryAndRefreshesOnceWhenDue() {
        Instant exp = clock.instant().plusSeconds(600);
        api.answering(n -> {
            String jwt = jwt(exp.plusSeconds(600L * (n - 1)), n);
            api.accept(jwt);
            return "\"" + jwt + "\"";
        });
        ConnectorClient client = client(Connections.requestAuth("admin", "s3cr3t\"pw", server.uri(TokenApi.TOKEN_PATH), null,
                Duration.ofHours(4)));
        client.send(products());
        AccessToken token = cache(client).current().orElseThrow();
        assertThat(token.expirySource()).isEqualTo(AccessToken.ExpirySource.JWT_EXP);
        assertThat(token.expiresAt()).isEqualTo(exp);

        clock.set(exp.minusSeconds(61));
        client.send(products());
        assertThat(api.issued()).isEqualTo(1);

        clock.set(exp.minusSeconds(59));
        client.send(products());
        client.send(products());
        assertThat(api.issued()).isEqualTo(2);
        assertThat(cache(client).tokenRequests()).isEqualTo(2);
    }

    @Test
    void refreshesExactlyOnceWhenTheInjectedClockPassesExpiry() {
        api.answering(n -> "{\"access_token\":\"tok-" + n + "\",\"expires_in\":3600}");
        ConnectorClient client = client(Connections.requestAuth("admin", "s3cr3t\"pw", server.uri(TokenApi.TOKEN_PATH), null));
        client.send(products());
        clock.advance(Duration.ofSeconds(3600 - 30));
        for (int i = 0; i < 5; i++) {
            client.send(products());
        }
        assertThat(api.issued()).isEqualTo(2);
        assertThat(server.requests(TokenApi.API_PATH).get(5).header("Authorization")).isEqualTo("Bearer tok-2");
    }

    @Test
    void sixtyFourConcurrentCallersOnAColdCacheCauseOneTokenRequest() throws Exception {
        api.gated();
        ConnectorClient client = magentoStyle("s3cr3t\"pw");
        int callers = 64;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ApiResponse>> results = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return client.send(products());
                }));
            }
            start.countDown();
            Await.until("one caller signs in and the other 63 wait for it",
                    () -> server.count(TokenApi.TOKEN_PATH) == 1 && cache(client).waitingCallers() == callers - 1);
            api.open();
            for (Future<ApiResponse> f : results) {
                assertThat(f.get().status()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(server.count(TokenApi.TOKEN_PATH)).isEqualTo(1);
        assertThat(cache(client).tokenRequests()).isEqualTo(1);
        assertThat(server.count(TokenApi.API_PATH)).isEqualTo(callers);
    }

    @Test
    void aRevokedTokenIsRefreshedOnceAndTheRequestReplayedOnce() {
        ConnectorClient client = magentoStyle("s3cr3t\"pw");
        client.send(products());
        api.revokeAll();
        assertThat(client.send(products()).status()).isEqualTo(200);
        assertThat(api.issued()).isEqualTo(2);
        var calls = server.requests(TokenApi.API_PATH);
        assertThat(calls).hasSize(3);
        assertThat(calls.get(1).header("Authorization")).isEqualTo("Bearer tok-1");
        assertThat(calls.get(2).header("Authorization")).isEqualTo("Bearer tok-2");
    }

    @Test
    void aBurstOf401sCausesOneRefresh() throws Exception {
        ConnectorClient client = magentoStyle("s3cr3t\"pw");
        client.send(products());
        api.revokeAll();
        int callers = 16;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ApiResponse>> results = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return client.send(products());
                }));
            }
            start.countDown();
            for (Future<ApiResponse> f : results) {
                assertThat(f.get().status()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(api.issued()).isEqualTo(2);
        assertThat(cache(client).tokenRequests()).isEqualTo(2);
    }

    @Test
    void aStillRefusedTokenAfterTheReplayFailsWithAClearMessage() {
        ConnectorClient client = magentoStyle("s3cr3t\"pw");
        server.route(TokenApi.API_PATH, r -> com.commerceconnectors.core.testing.Reply.json(401,
                "{\"message\":\"The consumer isn't authorized to access %resources.\",\"parameters\":{\"resources\":\"Magento_Catalog::products\"}}"));
        assertThatThrownBy(() -> client.send(products()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.category()).isEqualTo(ErrorCategory.AUTHENTICATION);
                    assertThat(e.getMessage()).startsWith("Shop answered 401 Unauthorized: The consumer isn't authorized to "
                            + "access Magento_Catalog::products. The credentials were refreshed once and still refused");
                });
        assertThat(api.issued()).isEqualTo(2);
        assertThat(server.count(TokenApi.API_PATH)).isEqualTo(2);
    }

    @Test
    void aWrongPasswordCausesOneTokenRequestAndAClearError() {
        ConnectorClient client = magentoStyle("wrong");
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> client.send(products()))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.category()).isEqualTo(ErrorCategory.AUTHENTICATION);
                        assertThat(e.reason()).isEqualTo(FailureReason.TOKEN_ENDPOINT);
                        assertThat(e.status()).isEqualTo(401);
                        assertThat(e.retryable()).isFalse();
                        assertThat(e.getMessage()).startsWith("Shop refused the sign-in at its token endpoint (401 Unauthorized): "
                                + TokenApi.REFUSED).contains(" Check auth.username and auth.password.");
                    });
        }
        assertThat(server.count(TokenApi.TOKEN_PATH)).isEqualTo(1);
        assertThat(server.count(TokenApi.API_PATH)).isZero();

        // latched: the second and later callers are told so, and nothing is sent for half an hour
        clock.advance(Duration.ofMinutes(29));
        assertThatThrownBy(() -> client.send(products())).isInstanceOf(ApiException.class)
                .hasMessageContaining("Latched since 2026-05-04T10:00:00Z: no new sign-in for connection 'shop' until 2026-05-04T10:30:00Z");
        assertThat(server.count(TokenApi.TOKEN_PATH)).isEqualTo(1);

        clock.advance(Duration.ofMinutes(1));
        assertThatThrownBy(() -> client.send(products())).isInstanceOf(ApiException.class);
        assertThat(server.count(TokenApi.TOKEN_PATH)).isEqualTo(2);
    }

    @Test
    void sendsAFormBodyWhenTheTemplateIsAForm() {
        server.route("/oauth/token", r -> com.commerceconnectors.core.testing.Reply.json(200, "{\"token\":\"tok-form\"}"));
        api.accept("tok-form");
        ConnectorClient client = client(new RequestAuth("a b", Secret.of("p&w=1"), null, server.uri("/oauth/token"), "post",
                "grant_type=password&username={username}&password={password}", null, null, null, null));
        client.send(products());
        var signIn = server.requests("/oauth/token").get(0);
        assertThat(signIn.header("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(signIn.bodyAsString()).isEqualTo("grant_type=password&username=a+b&password=p%26w%3D1");
    }

    @Test
    void sendsTheTokenInACustomHeader() {
        ConnectorClient client = client(new RequestAuth("admin", Secret.of("s3cr3t\"pw"), null, server.uri(TokenApi.TOKEN_PATH),
                null, null, "", "X-Auth-Token", "Token {token}", null));
        server.route("/custom", r -> com.commerceconnectors.core.testing.Reply.json(200, "{}"));
        client.send(ApiRequest.get(server.uri("/custom")));
        var call = server.requests("/custom").get(0);
        assertThat(call.header("X-Auth-Token")).isEqualTo("Token tok-1");
        assertThat(call.header("Authorization")).isNull();
    }

    @Test
    void reportsAnAnswerWithoutTheTokenWithoutQuotingIt() {
        api.answering(n -> "{\"accessToken\":\"tok-" + n + "\",\"scope\":\"all\"}");
        ConnectorClient client = client(Connections.requestAuth("admin", "s3cr3t\"pw", server.uri(TokenApi.TOKEN_PATH), "/token"));
        assertThatThrownBy(() -> client.send(products()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.category()).isEqualTo(ErrorCategory.PROTOCOL);
                    assertThat(e.getMessage()).contains("answered without a token at /token; the answer is an object with "
                            + "the fields [accessToken, scope]").doesNotContain("tok-1");
                });
    }

    static String jwt(Instant exp, int n) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = b64.encodeToString(("{\"uid\":1,\"utypid\":2,\"iat\":" + (exp.getEpochSecond() - 3600) + ",\"exp\":"
                + exp.getEpochSecond() + ",\"n\":" + n + "}").getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".c2lnbmF0dXJl";
    }
}
