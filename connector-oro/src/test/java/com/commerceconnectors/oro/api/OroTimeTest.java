package com.commerceconnectors.oro.api;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The one form of a time Oro 6.0 and 6.1 filters both take: whole seconds, or exactly two digits of a second. */
class OroTimeTest {

    @Test
    void timesTheFiltersTakeAreWrittenWithNoFractionOrTwoDigits() {
        assertThat(OroTime.format(Instant.parse("2024-03-01T10:00:00Z"))).isEqualTo("2024-03-01T10:00:00Z");
        assertThat(OroTime.format(Instant.parse("2024-03-01T10:00:00.120Z"))).isEqualTo("2024-03-01T10:00:00.12Z");
        assertThat(OroTime.format(Instant.parse("2024-03-01T10:00:00.500Z"))).isEqualTo("2024-03-01T10:00:00.50Z");
        assertThat(OroTime.format(Instant.parse("2024-03-01T10:00:00.050Z"))).isEqualTo("2024-03-01T10:00:00.05Z");
        assertThat(OroTime.isFilterable(Instant.parse("2024-03-01T10:00:00.12Z"))).isTrue();
    }

    @Test
    void finerTimesKeepTheirDigitsForMessagesAndAreNotFilterable() {
        Instant millis = Instant.parse("2024-03-01T10:00:00.123Z");

        assertThat(OroTime.isFilterable(millis)).isFalse();
        assertThat(OroTime.format(millis)).isEqualTo("2024-03-01T10:00:00.123Z");
        assertThat(OroTime.parse(OroTime.format(millis))).isEqualTo(millis);
    }

    @Test
    void readsOffsetsAndTimesWithoutOne() {
        assertThat(OroTime.parse("2024-03-01T12:00:00+02:00")).isEqualTo(Instant.parse("2024-03-01T10:00:00Z"));
        assertThat(OroTime.parse("2024-03-01T10:00:00")).isEqualTo(Instant.parse("2024-03-01T10:00:00Z"));
    }
}
