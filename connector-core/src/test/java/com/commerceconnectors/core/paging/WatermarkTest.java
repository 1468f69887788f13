package com.commerceconnectors.core.paging;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WatermarkTest {

    @Test
    void theStoredFormsOfEveryConnectorReadBackAsTheyWereWritten() {
        // the forms the three connectors have always stored: state files written before must keep working
        assertThat(Watermark.decode("2024-03-01 10:00:00|42")).isEqualTo(new Watermark("2024-03-01 10:00:00", "42"));
        assertThat(Watermark.decode("2024-03-01T10:00:00Z|42").encode()).isEqualTo("2024-03-01T10:00:00Z|42");
        assertThat(Watermark.decode("2024-03-01T10:00:00.000Z|WLgbSXqyoZ"))
                .isEqualTo(new Watermark("2024-03-01T10:00:00.000Z", "WLgbSXqyoZ"));
    }

    @Test
    void aFullExportsPositionIsAnIdAloneInAFormNoIncrementalPositionTakes() {
        Watermark position = Watermark.ofId("42");

        assertThat(position.hasTime()).isFalse();
        assertThat(position.encode()).isEqualTo("|42");
        assertThat(Watermark.decode("|42")).isEqualTo(position);
        assertThat(Watermark.decode("2024-03-01T10:00:00Z|42").hasTime()).isTrue();
        assertThatThrownBy(() -> new Watermark("", "42")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCorruptedStoredValueSaysHowToRecover() {
        for (String stored : new String[] {"yesterday", "|", "2024-03-01T10:00:00Z|", ""}) {
            assertThatThrownBy(() -> Watermark.decode(stored)).as(stored)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("resetWatermark=true");
        }
    }
}
