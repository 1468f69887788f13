package com.commerceconnectors.core.http;

import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.core.error.FailureReason;
import com.commerceconnectors.core.testing.MutableClock;
import com.commerceconnectors.core.testing.RecordedRequest;
import com.commerceconnectors.core.testing.RecordingSleeper;
import com.commerceconnectors.core.testing.Reply;
import com.commerceconnectors.core.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConnectorClientRetryTest {

    private final TestServer server = TestServer.http();
    private final MutableClock clock = MutableClock.at("2026-05-04T10:00:00Z");
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);
    private final AtomicInteger calls = new AtomicInteger();

    @AfterEach
    void stop() {
        server.close();
    }

    private ConnectorClient client(RetryPolicy policy) {
        return ConnectorClient.builder()
                .platformName("Shop")
                .authPolicy(new NonceAuthPolicy())
                .retryPolicy(policy)
                .clock(clock)
                .sleeper(sleeper)
                .random(() -> 1.0)
                .build();
    }

    private ConnectorClient client() {
        return client(RetryPolicy.DEFAULT);
    }

    /** Answers with the given replies in turn, the last one forever. */
    private void script(String path, Reply... replies) {
        server.route(path, r -> replies[Math.min(calls.getAndIncrement(), replies.length - 1)]);
    }

    private URI uri() {
        return server.uri("/rest/V1/products");
    }

    @Test
    void honoursRetryAfterSecondsWithoutRealWaiting() {
        script("/rest/V1/products", Reply.json(429, "{}").withHeader("Retry-After", "2"), Reply.json(200, "{}"));
        try (ConnectorClient client = client()) {
            assertThat(client.send(ApiRequest.get(uri())).status()).isEqualTo(200);
        }
        assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(2));
        assertThat(server.count("/rest/V1/products")).isEqualTo(2);
    }

    @Test
    void aComponentsClientOptionsSetThePolicyTheSleeperAndTheClock() {
        script("/rest/V1/products", Reply.json(503, "{}").withHeader("Retry-After", "3"), Reply.json(503, "{}"));
        try (ConnectorClient client = ConnectorClient.builder().platformName("Shop").random(() -> 1.0)
                .options(new ClientOptions(RetryPolicy.DEFAULT.withMaxAttempts(2), sleeper, clock)).build()) {
            assertThatThrownBy(() -> client.send(ApiRequest.get(uri()))).hasMessageContaining("Gave up after 2 attempts");
        }
        assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(3));
        assertThat(server.count("/rest/V1/products")).isEqualTo(2);
    }

    @Test
    void honoursRetryAfterAsAnHttpDate() {
        String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(clock.instant().plusSeconds(5).atZone(ZoneOffset.UTC));
        script("/rest/V1/products", Reply.json(503, "{}").withHeader("Retry-After", date), Reply.json(200, "{}"));
        try (ConnectorClient client = client()) {
            assertThat(client.send(ApiRequest.get(uri())).status()).isEqualTo(200);
        }
        assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(5));
    }

    @Test
    void failsAtOnceSayingWhenToRetryWhenAskedToWaitTooLong() {
        script("/rest/V1/products", Reply.json(429, "{\"message\":\"Too many requests\"}").withHeader("Retry-After", "600"));
        try (ConnectorClient client = client()) {
            assertThatThrownBy(() -> client.send(ApiRequest.get(uri())))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.category()).isEqualTo(ErrorCategory.RATE_LIMITED);
                        assertThat(e.reason()).isEqualTo(FailureReason.RETRY_AFTER_TOO_LONG);
                        assertThat(e.retryAfter()).contains(Duration.ofSeconds(600));
                        assertThat(e.getMessage()).contains("Shop answered 429 Too Many Requests: Too many requests.")
                                .contains("It asked to wait 600 s, longer than the 60 s this client waits: retry after "
                                        + "2026-05-04T10:10:00Z");
                    });
        }
        assertThat(sleeper.sleeps()).isEmpty();
        assertThat(server.count("/rest/V1/products")).isEqualTo(1);
    }

    @Test
    void retriesA503ForAReadWithBackoff() {
        script("/rest/V1/products", Reply.json(503, "{}"), Reply.json(503, "{}"), Reply.json(200, "{}"));
        try (ConnectorClient client = client()) {
            assertThat(client.send(ApiRequest.get(uri())).status()).isEqualTo(200);
        }
        assertThat(sleeper.sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
    }

    @Test
    void neverRepeatsAWriteAfterA503WithoutRetryAfter() {
        script("/rest/V1/products", Reply.json(503, "{\"message\":\"Service Unavailable\"}"), Reply.json(201, "{}"));
        try (ConnectorClient client = client()) {
            assertThatThrownBy(() -> client.send(ApiRequest.post(uri()).withJsonBody("{\"sku\":\"a\"}")))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.category()).isEqualTo(ErrorCategory.SERVER);
                        assertThat(e.retryable()).isFalse();
                    });
        }
        assertThat(server.count("/rest/V1/products")).isEqualTo(1);
    }

    @Test
    void repeatsAWriteTheServerProvablyRefused() {
        script("/rest/V1/products", Reply.json(503, "{}").withHeader("Retry-After", "1"), Reply.json(429, "{}"),
                Reply.json(201, "{}"));
        try (ConnectorClient client = client()) {
            assertThat(client.send(ApiRequest.post(uri()).withJsonBody("{\"sku\":\"a\"}")).status()).isEqualTo(201);
        }
        assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
        assertThat(server.count("/rest/V1/products")).isEqualTo(3);
    }

    @Test
    void retriesADroppedConnectionForAGet() {
        script("/rest/V1/products", Reply.dropConnection(), Reply.json(200, "{\"ok\":1}"));
        try (ConnectorClient client = client()) {
            assertThat(client.send(ApiRequest.get(uri())).bodyAsString()).isEqualTo("{\"ok\":1}");
        }
        assertThat(server.count("/rest/V1/products")).isEqualTo(2);
    }

    @Test
    void neverRetriesADroppedConnectionForAPost() {
        script("/rest/V1/products", Reply.dropConnection(), Reply.json(201, "{}"));
        try (ConnectorClient client = client()) {
            assertThatThrownBy(() -> client.send(ApiRequest.post(uri()).withJsonBody("{\"sku\":\"a\"}")))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.category()).isEqualTo(ErrorCategory.NETWORK);
                        assertThat(e.reason()).isEqualTo(FailureReason.CONNECTION_DROPPED);
                        assertThat(e.retryable()).isFalse();
                        assertThat(e.getMessage()).contains("the platform may already have processed it");
                    });
        }
        assertThat(server.count("/rest/V1/products")).isEqualTo(1);
    }

    @Test
    void boundsServerErrorRetriesByAttempts() {
        script("/rest/V1/products", Reply.json(500, "{\"message\":\"Internal Error. Details are available in Magento log file.\"}"));
        try (ConnectorClient client = client()) {
            assertThatThrownBy(() -> client.send(ApiRequest.get(uri())))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.category()).isEqualTo(ErrorCategory.SERVER);
                        assertThat(e.getMessage()).startsWith("Shop answered 500 Internal Server Error: Internal Error.")
                                .contains("Gave up after 4 attempts");
                    });
        }
        assertThat(server.count("/rest/V1/products")).isEqualTo(4);
        assertThat(sleeper.sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void boundsRetriesByTheTimeBudget() {
        script("/rest/V1/products", Reply.json(502, "{}"));
        try (ConnectorClient client = client(RetryPolicy.DEFAULT.withMaxAttempts(10).withTotalBudget(Duration.ofSeconds(2)))) {
            assertThatThrownBy(() -> client.send(ApiRequest.get(uri())))
                    .hasMessageContaining("Gave up after 3 attempts: the retry budget of 2 s is used up");
        }
        assertThat(sleeper.sleeps()).containsExactly(Duration.ofMillis(500), Duration.ofSeconds(1));
    }

    @Test
    void backsOffWithFullJitter() {
        script("/rest/V1/products", Reply.json(504, "{}"), Reply.json(504, "{}"), Reply.json(200, "{}"));
        ConnectorClient client = ConnectorClient.builder().authPolicy(new NonceAuthPolicy()).clock(clock).sleeper(sleeper)
                .random(() -> 0.25).build();
        try (client) {
            client.send(ApiRequest.get(uri()));
        }
        assertThat(sleeper.sleeps()).containsExactly(Duration.ofMillis(125), Duration.ofMillis(250));
    }

    @Test
    void authorizesEveryAttemptAfresh() {
        script("/rest/V1/products", Reply.json(503, "{}"), Reply.dropConnection(), Reply.json(200, "{}"));
        try (ConnectorClient client = client()) {
            client.send(ApiRequest.get(uri()));
        }
        List<String> nonces = server.requests().stream().map(r -> r.header("X-WSSE")).toList();
        assertThat(nonces).containsExactly("Nonce=\"n-1\"", "Nonce=\"n-2\"", "Nonce=\"n-3\"");
    }

    @Test
    void doesNotRetryClientErrors() {
        script("/rest/V1/products", Reply.json(400, "{\"message\":\"Invalid value of \\\"%1\\\" provided for the %2 field.\","
                + "\"parameters\":[\"abc\",\"qty\"]}"));
        try (ConnectorClient client = client()) {
            assertThatThrownBy(() -> client.send(ApiRequest.get(uri())))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.category()).isEqualTo(ErrorCategory.VALIDATION);
                        assertThat(e.getMessage()).startsWith("Shop answered 400 Bad Request: Invalid value of \"abc\" "
                                + "provided for the qty field.");
                    });
        }
        RecordedRequest only = server.requests().get(0);
        assertThat(only.method()).isEqualTo("GET");
        assertThat(server.requests()).hasSize(1);
    }
}
