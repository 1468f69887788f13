package com.commerceconnectors.oro.paging;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WatermarkTest {

    @Test
    void encodesReadablyAndDecodesAnyIsoOffset() {
        Watermark mark = new Watermark(Instant.parse("2024-03-01T10:00:00Z"), 42);
        assertThat(mark.encode()).isEqualTo("2024-03-01T10:00:00Z|42");
        assertThat(Watermark.decode("2024-03-01T11:00:00+01:00|42")).isEqualTo(mark);
    }

    @Test
    void ordersByTimeThenId() {
        Watermark a = new Watermark(Instant.parse("2024-03-01T10:00:00Z"), 99);
        Watermark b = new Watermark(Instant.parse("2024-03-01T10:00:00Z"), 100);
        Watermark c = new Watermark(Instant.parse("2024-03-01T10:00:01Z"), 1);
        assertThat(a).isLessThan(b);
        assertThat(b).isLessThan(c);
    }

    @Test
    void aCorruptedStoredValueSaysHowToRecover() {
        assertThatThrownBy(() -> Watermark.decode("yesterday|7"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("resetWatermark=true");
    }
}
