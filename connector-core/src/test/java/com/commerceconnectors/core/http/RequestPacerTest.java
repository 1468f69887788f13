package com.commerceconnectors.core.http;

import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.testing.MutableClock;
import com.commerceconnectors.core.testing.RecordingSleeper;
import com.commerceconnectors.core.testing.Reply;
import com.commerceconnectors.core.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Pacing by rate-limit headers against a server with a sliding window of its own (20 requests a minute on the test
 * clock, reported on every answer, a 429 without Retry-After past it): paced clients meet no 429, together when they
 * share their windows; an unpaced client does; a 429 waits the reported interval.
 */
class RequestPacerTest {

    private static final RateLimitHeaders HEADERS = RateLimitHeaders.named("X-Limit", "X-Remaining", "X-Interval");
    private static final int LIMIT = 20;
    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final TestServer server = TestServer.http();
    private final MutableClock clock = MutableClock.at("2026-05-04T10:00:00Z");
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);
    private final Deque<Instant> window = new ArrayDeque<>();
    private final AtomicInteger refused = new AtomicInteger();
    private int alreadyCounted;

    RequestPacerTest() {
        server.route("/api/skus", r -> answer());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** The server's own sliding window: requests in the minute before now, refused ones not counted. */
    private synchronized Reply answer() {
        Instant now = clock.instant();
        while (!window.isEmpty() && !window.peekFirst().isAfter(now.minus(WINDOW))) {
            window.removeFirst();
        }
        int counted = window.size() + alreadyCounted;
        Reply reply;
        if (counted >= LIMIT) {
            refused.incrementAndGet();
            reply = Reply.json(429, "{\"errors\":[{\"title\":\"Too many requests\"}]}");
        } else {
            window.addLast(now);
            counted++;
            reply = Reply.json(200, "{}");
        }
        return reply.withHeader("X-Limit", Integer.toString(LIMIT))
                .withHeader("X-Remaining", Integer.toString(Math.max(0, LIMIT - counted)))
                .withHeader("X-Interval", "60");
    }

    private ConnectorClient client(RequestPacer pacer) {
        return ConnectorClient.builder().platformName("Shop").clock(clock).sleeper(sleeper).random(() -> 1.0)
                .retryPolicy(RetryPolicy.DEFAULT.withMaxAttempts(1)).pacer(pacer).build();
    }

    private static RequestPacer pacer(RateWindows windows) {
        return RequestPacer.of(HEADERS, r -> Optional.of(r.uri().getAuthority() + " reads"), windows);
    }

    private URI uri() {
        return server.uri("/api/skus");
    }

    @Test
    void aPacedClientNeverMeetsTheLimitAndSpreadsItsRequestsOverTheWindow() {
        try (ConnectorClient client = client(pacer(new RateWindows()))) {
            for (int i = 0; i < 70; i++) {
                assertThat(client.send(ApiRequest.get(uri())).status()).isEqualTo(200);
            }
        }
        assertThat(refused).as("responses 429").hasValue(0);
        assertThat(sleeper.sleeps()).as("it waited before the limit came").isNotEmpty();
        // 70 requests at 20 a minute, spaced by 3 s after the first: 207 s of the test clock
        assertThat(clock.instant()).isAfterOrEqualTo(Instant.parse("2026-05-04T10:03:27Z"));
    }

    @Test
    void clientsSharingTheirWindowsArePacedTogether() {
        RateWindows shared = new RateWindows();
        try (ConnectorClient first = client(pacer(shared)); ConnectorClient second = client(pacer(shared))) {
            for (int i = 0; i < 35; i++) {
                first.send(ApiRequest.get(uri()));
                second.send(ApiRequest.get(uri()));
            }
        }
        assertThat(refused).as("responses 429").hasValue(0);
        assertThat(shared.size()).isEqualTo(1);
    }

    @Test
    void anUnpacedClientMeetsTheLimit() {
        try (ConnectorClient client = client(RequestPacer.none())) {
            assertThatThrownBy(() -> {
                for (int i = 0; i < 30; i++) {
                    client.send(ApiRequest.get(uri()));
                }
            }).isInstanceOf(ApiException.class).hasMessageContaining("429");
        }
        assertThat(refused).hasValue(1);
        assertThat(sleeper.sleeps()).isEmpty();
    }

    @Test
    void requestsTheServerCountedFromElsewhereAreWaitedOut() {
        alreadyCounted = LIMIT - 1; // another machine behind the same address used the window
        try (ConnectorClient client = client(pacer(new RateWindows()))) {
            client.send(ApiRequest.get(uri())); // told: nothing remains
            alreadyCounted = 0; // the others' requests leave the window within its interval
            client.send(ApiRequest.get(uri()));
        }
        assertThat(refused).hasValue(0);
        assertThat(sleeper.sleeps()).containsExactly(WINDOW);
    }

    @Test
    void aTooManyRequestsWithoutRetryAfterWaitsForTheWindowsInterval() {
        alreadyCounted = LIMIT;
        try (ConnectorClient client = ConnectorClient.builder().platformName("Shop").clock(clock).sleeper(sleeper)
                .random(() -> 1.0).retryPolicy(RetryPolicy.DEFAULT.withMaxAttempts(2)).pacer(pacer(new RateWindows()))
                .build()) {
            assertThatThrownBy(() -> client.send(ApiRequest.get(uri()))).isInstanceOf(ApiException.class);
        }
        // refused, then the one retry waited the interval the 429 reported — not a few seconds of back-off
        assertThat(refused).hasValue(2);
        assertThat(sleeper.sleeps()).containsExactly(WINDOW);
    }

    @Test
    void withoutAReportedWindowA429BacksOffAsThePolicySays() {
        server.route("/api/plain", r -> Reply.json(429, "{}"));
        try (ConnectorClient client = ConnectorClient.builder().platformName("Shop").clock(clock).sleeper(sleeper)
                .random(() -> 1.0).retryPolicy(RetryPolicy.DEFAULT.withMaxAttempts(2)).pacer(pacer(new RateWindows()))
                .build()) {
            assertThatThrownBy(() -> client.send(ApiRequest.get(server.uri("/api/plain")))).isInstanceOf(ApiException.class);
        }
        assertThat(sleeper.sleeps()).containsExactly(RetryPolicy.DEFAULT.backoffCeiling(1));
    }
}
