package com.commerceconnectors.sandbox.commercelayer;

import com.commerceconnectors.sandbox.commercelayer.ClHttp.Reply;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class ApiRateLimitTest extends CommerceLayerFixture {

    private String token;

    @BeforeEach
    void seed() {
        cl.seedSkus(3);
        token = http.integrationToken();
    }

    @Test
    void thereIsNoApiLimitByDefault() {
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
        assertThat(first.header("X-Ratelimit-Limit")).isEqualTo("3");
        assertThat(first.header("X-Ratelimit-Remaining")).isEqualTo("2");
        assertThat(first.header("X-Ratelimit-Interval")).isEqualTo("10");
        assertThat(fourth.status()).isEqualTo(429);
        assertThat(fourth.header("Retry-After")).isNull();
        assertThat(fourth.header("X-Ratelimit-Remaining")).isEqualTo("0");
        assertThat(fourth.firstError().path("code").asText()).isEqualTo("TOO_MANY_REQUESTS");
        assertThat(fourth.firstError().path("status").asText()).isEqualTo("429");
        assertThat(otherResource.status()).isEqualTo(200);
    }

    @Test
    void theWindowSlidesOnTheSandboxClock() {
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
}
