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

    @Test
    void everyGridAgreesWithNanosecondArithmetic() {
        java.util.Random random = new java.util.Random(42);
        Duration[] resolutions = {Duration.ofMillis(1), Duration.ofMillis(10), Duration.ofSeconds(1), Duration.ofSeconds(5),
                Duration.ofNanos(7), Duration.ofMillis(1500), Duration.ofNanos(250_000_000)};
        for (Duration resolution : resolutions) {
            TimeGrid grid = new TimeGrid(resolution);
            java.math.BigInteger step = java.math.BigInteger.valueOf(resolution.toNanos());
            for (int i = 0; i < 20_000; i++) {
                Instant t = Instant.ofEpochSecond(random.nextLong(-5_000_000_000L, 5_000_000_000L),
                        random.nextInt(4) == 0 ? 0 : random.nextInt(1_000_000_000));
                if (random.nextInt(4) == 0) {
                    t = grid.floor(t); // on the grid too
                }
                java.math.BigInteger nanos = java.math.BigInteger.valueOf(t.getEpochSecond())
                        .multiply(java.math.BigInteger.valueOf(1_000_000_000L)).add(java.math.BigInteger.valueOf(t.getNano()));
                java.math.BigInteger floor = nanos.subtract(nanos.mod(step));
                java.math.BigInteger[] parts = floor.divideAndRemainder(java.math.BigInteger.valueOf(1_000_000_000L));
                Instant expected = parts[1].signum() < 0
                        ? Instant.ofEpochSecond(parts[0].longValue() - 1, parts[1].longValue() + 1_000_000_000L)
                        : Instant.ofEpochSecond(parts[0].longValue(), parts[1].longValue());
                assertThat(grid.floor(t)).as("%s on a grid of %s", t, resolution).isEqualTo(expected);
                assertThat(grid.isExact(t)).isEqualTo(expected.equals(t));
            }
        }
    }
}
