package com.commerceconnectors.core.paging;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class TimeGridTest {

    private final TimeGrid hundredths = new TimeGrid(Duration.ofMillis(10));

    @Test
    void aTimeBetweenTwoOfTheGridsLiesBetweenItsFloorAndCeiling() {
        Instant t = Instant.parse("2024-03-01T10:00:00.123Z");

        assertThat(hundredths.isExact(t)).isFalse();
        assertThat(hundredths.floor(t)).isEqualTo(Instant.parse("2024-03-01T10:00:00.12Z"));
        assertThat(hundredths.ceiling(t)).isEqualTo(Instant.parse("2024-03-01T10:00:00.13Z"));
        assertThat(hundredths.ceiling(Instant.parse("2024-03-01T10:00:00.995Z")))
                .isEqualTo(Instant.parse("2024-03-01T10:00:01Z"));
    }

    @Test
    void aTimeOnTheGridIsItsOwnFloorAndCeiling() {
        Instant t = Instant.parse("2024-03-01T10:00:00.12Z");

        assertThat(hundredths.isExact(t)).isTrue();
        assertThat(hundredths.floor(t)).isEqualTo(t);
        assertThat(hundredths.ceiling(t)).isEqualTo(t);
    }

    @Test
    void beforeTheEpochTheFloorStillGoesDown() {
        Instant t = Instant.parse("1969-12-31T23:59:59.995Z");

        assertThat(hundredths.floor(t)).isEqualTo(Instant.parse("1969-12-31T23:59:59.99Z"));
        assertThat(hundredths.ceiling(t)).isEqualTo(Instant.parse("1970-01-01T00:00:00Z"));
    }

    @Test
    void aZeroResolutionTakesEveryTimeAsItIs() {
        TimeGrid exact = new TimeGrid(Duration.ZERO);
        Instant t = Instant.parse("2024-03-01T10:00:00.123456789Z");

        assertThat(exact.isExact(t)).isTrue();
        assertThat(exact.floor(t)).isEqualTo(t);
        assertThat(exact.ceiling(t)).isEqualTo(t);
    }
}
