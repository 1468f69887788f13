package com.commerceconnectors.sandbox.magento.search;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class SqlSemanticsTest {

    @Test
    void stringsInNumericContextUseTheirNumericPrefix() {
        assertThat(SqlValues.parseNumber("12abc")).isEqualByComparingTo("12");
        assertThat(SqlValues.parseNumber(" -3.5e1x")).isEqualByComparingTo("-35");
        assertThat(SqlValues.parseNumber("abc")).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(SqlValues.parseNumber("7.")).isEqualByComparingTo("7");
    }

    @Test
    void dateLiteralsAsMysqlReadsThem() {
        assertThat(SqlValues.parseDateTime("2024-02-03")).isEqualTo(LocalDateTime.of(2024, 2, 3, 0, 0));
        assertThat(SqlValues.parseDateTime("2024-2-3 4:05")).isEqualTo(LocalDateTime.of(2024, 2, 3, 4, 5));
        assertThat(SqlValues.parseDateTime("2024-02-03T10:00:00.123+01:00"))
                .isEqualTo(LocalDateTime.of(2024, 2, 3, 9, 0));
        assertThat(SqlValues.parseDateTime("2024-02-30")).isNull();
        assertThat(SqlValues.parseDateTime("yesterday")).isNull();
    }

    @Test
    void collationIgnoresCaseAndTrailingSpacesOnly() {
        assertThat(SqlValues.collate("Blue Shirt  ")).isEqualTo("blue shirt");
        assertThat(SqlValues.collate("  x")).isEqualTo("  x");
    }

    @Test
    void likeWildcardsAndEscapes() {
        assertThat(LikePattern.compile("a%c").matches("ABBC")).isTrue();
        assertThat(LikePattern.compile("a_c").matches("abbc")).isFalse();
        assertThat(LikePattern.compile("100\\%").matches("100%")).isTrue();
        assertThat(LikePattern.compile("100\\%").matches("1000")).isFalse();
        assertThat(LikePattern.compile("a.c").matches("abc")).as("regex characters are literal").isFalse();
    }

    @Test
    void nullsSortFirst() {
        assertThat(SqlValues.compareColumn(FieldType.INTEGER, null, 1L)).isNegative();
        assertThat(SqlValues.compareColumn(FieldType.TEXT, "b", "A")).isPositive();
        assertThat(SqlValues.compareColumn(FieldType.DECIMAL, new BigDecimal("2.50"), "2.5")).isZero();
    }
}
