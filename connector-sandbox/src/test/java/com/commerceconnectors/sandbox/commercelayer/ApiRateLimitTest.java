package com.commerceconnectors.sandbox.commercelayer;

import com.commerceconnectors.sandbox.commercelayer.ClHttp.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Commerce Layer's API limits: per IP, an average limit per request class over a sliding minute, which every answer
 * reports in {@code X-Ratelimit-Limit}, {@code -Interval} (seconds) and {@code -Remaining} (no reset header: the
 * window slides), and a burst limit per endpoint over 10 seconds that no header announces. 429s carry no
 * {@code Retry-After} unless the settings ask for one. The sandbox reports the average limit but enforces it only
 * when asked to.
 */
class ApiRateLimitTest extends CommerceLayerFixture {

    private String token;

    @BeforeEach
    void seed() {
        cl.seedSkus(3);
        cl.seedOrders(1);
        token = http.integrationToken();
    }

    @Test
    void everyAnswerReportsTheAverageLimitOfItsClassInTheTestEnvironment() {
        Reply firstSkus = http.get("/skus", token);
        Reply secondSkus = http.get("/prices", token);
        Reply orders = http.get("/orders", token);
        Reply write = http.post("/skus", token,
                "{\"data\":{\"type\":\"skus\",\"attributes\":{\"code\":\"RL-1\",\"name\":\"Limited\"}}}");

        assertThat(firstSkus.header("X-Ratelimit-Limit")).isEqualTo("500");
        assertThat(firstSkus.header("X-Ratelimit-Interval")).isEqualTo("60");
        assertThat(firstSkus.header("X-Ratelimit-Remaining")).isEqualTo("499");
        assertThat(secondSkus.header("X-Ratelimit-Remaining")).as("one window for every cacheable resource")
                .isEqualTo("498");
        assertThat(orders.header("X-Ratelimit-Limit")).isEqualTo("100");
        assertThat(orders.header("X-Ratelimit-Remaining")).isEqualTo("99");
        assertThat(write.status()).isEqualTo(201);
        assertThat(write.header("X-Ratelimit-Limit")).isEqualTo("100");
        assertThat(write.header("X-Ratelimit-Remaining")).isEqualTo("99");
        assertThat(firstSkus.headers().map().keySet()).noneMatch(name -> name.toLowerCase().contains("reset"));
    }

    @Test
    void answersRefusedBeforeTheLimitReportTheWindowWithoutCounting() {
        http.get("/skus", token);
        Reply badToken = http.get("/skus", "not-a-token");
        Reply unknown = http.get("/unicorns", token);
        Reply next = http.get("/skus", token);

        assertThat(badToken.status()).isEqualTo(401);
        assertThat(badToken.header("X-Ratelimit-Remaining")).isEqualTo("499");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("X-Ratelimit-Limit")).isEqualTo("100");
        assertThat(next.header("X-Ratelimit-Remaining")).isEqualTo("498");
    }

    @Test
    void theLiveEnvironmentHasHigherLimits() {
        cl.settings().apiEnvironment(ApiEnvironment.LIVE);

        assertThat(http.get("/skus", token).header("X-Ratelimit-Limit")).isEqualTo("1000");
        assertThat(http.get("/orders", token).header("X-Ratelimit-Limit")).isEqualTo("200");
    }

    @Test
    void theRequestPastTheAverageLimitGets429WithoutRetryAfterUntilTheWindowSlides() {
        cl.settings().apiAverageLimitEnforced(true);
        for (int i = 0; i < 100; i++) {
            assertThat(http.get("/orders", token).status()).isEqualTo(200);
            clock.advance(Duration.ofMillis(500));
        }
        Reply refused = http.get("/orders", token);
        Reply otherClass = http.get("/skus", token);
        clock.advance(Duration.ofSeconds(10));
        Reply afterTheOldestLeft = http.get("/orders", token);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isNull();
        assertThat(refused.header("X-Ratelimit-Remaining")).isEqualTo("0");
        assertThat(refused.firstError().path("code").asText()).isEqualTo("TOO_MANY_REQUESTS");
        assertThat(otherClass.status()).isEqualTo(200);
        assertThat(afterTheOldestLeft.status()).isEqualTo(200);
    }

    @Test
    void byDefaultTheAverageLimitIsOnlyReported() {
        for (int i = 0; i < 100; i++) {
            http.get("/orders", token);
        }
        Reply past = http.get("/orders", token);

        assertThat(past.status()).isEqualTo(200);
        assertThat(past.header("X-Ratelimit-Remaining")).isEqualTo("0");
    }

    @Test
    void thereIsNoBurstLimitByDefault() {
        for (int i = 0; i < 60; i++) {
            assertThat(http.get("/skus", token).status()).isEqualTo(200);
        }
    }

    @Test
    void aBurstLimitRefusesTheRequestAfterTheNthPerResourceWithoutRetryAfter() {
        cl.settings().apiBurstLimit(3, Duration.ofSeconds(10));

        Reply first = http.get("/skus", token);
        http.get("/skus", token);
        http.get("/skus", token);
        Reply fourth = http.get("/skus", token);
        Reply otherResource = http.get("/prices", token);

        assertThat(first.status()).isEqualTo(200);
        assertThat(fourth.status()).isEqualTo(429);
        assertThat(fourth.header("Retry-After")).isNull();
        assertThat(fourth.header("X-Ratelimit-Limit")).as("the headers describe the average limit").isEqualTo("500");
        assertThat(fourth.header("X-Ratelimit-Remaining")).isEqualTo("496");
        assertThat(fourth.firstError().path("code").asText()).isEqualTo("TOO_MANY_REQUESTS");
        assertThat(fourth.firstError().path("status").asText()).isEqualTo("429");
        assertThat(otherResource.status()).isEqualTo(200);
    }

    @Test
    void theBurstWindowSlidesOnTheSandboxClock() {
        cl.settings().apiBurstLimit(2, Duration.ofSeconds(10));
        http.get("/skus", token);
        clock.advance(Duration.ofSeconds(5));
        http.get("/skus", token);

        Reply refused = http.get("/skus", token);
        clock.advance(Duration.ofSeconds(5));
        Reply afterOldestLeft = http.get("/skus", token);
        Reply refusedAgain = http.get("/skus", token);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(afterOldestLeft.status()).isEqualTo(200);
        assertThat(refusedAgain.status()).isEqualTo(429);
    }

    @Test
    void retryAfterIsSentWhenTheSettingsAskForIt() {
        cl.settings().apiBurstLimit(1, Duration.ofSeconds(10)).apiRetryAfter(Duration.ofSeconds(7));
        http.get("/skus", token);

        Reply refused = http.get("/skus", token);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isEqualTo("7");
    }

    @Test
    void retryAfterIsSentOnTheAverageLimitsRefusalToo() {
        cl.settings().apiAverageLimitEnforced(true).apiRetryAfter(Duration.ofSeconds(30));
        for (int i = 0; i < 100; i++) {
            http.get("/orders", token);
        }

        Reply refused = http.get("/orders", token);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isEqualTo("30");
    }
}
