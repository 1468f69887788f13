package com.commerceconnectors.sandbox.commercelayer.jsonapi;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Ransack's SQL semantics, which the emulator reproduces in memory. */
class PredicateTest {

    @Test
    void aNullAttributeFailsEveryComparisonIncludingNotEqAndNotIn() {
        for (Predicate predicate : List.of(Predicate.EQ, Predicate.NOT_EQ, Predicate.LT, Predicate.GTEQ,
                Predicate.IN, Predicate.NOT_IN, Predicate.START, Predicate.NOT_CONT)) {
            assertThat(predicate.test(null, List.of("x"))).as(predicate.name()).isFalse();
        }
    }

    @Test
    void nullAndPresentTakeAFlag() {
        assertThat(Predicate.NULL.test(null, List.of(true))).isTrue();
        assertThat(Predicate.NULL.test("a", List.of(false))).isTrue();
        assertThat(Predicate.NOT_NULL.test("a", List.of(true))).isTrue();
        assertThat(Predicate.PRESENT.test(" ", List.of(true))).isFalse();
        assertThat(Predicate.BLANK.test("", List.of(true))).isTrue();
    }

    @Test
    void textMatchingIgnoresCaseAsIlikeDoes() {
        assertThat(Predicate.START.test("SKU-000123", List.of("sku-0001"))).isTrue();
        assertThat(Predicate.END.test("Black Cap", List.of("CAP"))).isTrue();
        assertThat(Predicate.CONT.test("Black Cap", List.of("ack c"))).isTrue();
        assertThat(Predicate.NOT_START.test("SKU-1", List.of("sku"))).isFalse();
    }

    @Test
    void typedComparisonsCompareValuesNotText() {
        Instant at = Instant.parse("2024-03-02T10:05:00Z");

        assertThat(Predicate.GT.test(10L, List.of(9L))).isTrue();
        assertThat(Predicate.LTEQ.test(at, List.of(Instant.parse("2024-03-02T10:05:00Z")))).isTrue();
        assertThat(Predicate.IN.test(5L, List.of(1L, 5L))).isTrue();
        assertThat(Predicate.NOT_IN.test(5L, List.of(1L, 2L))).isTrue();
    }

    @Test
    void timestampOperandsAcceptTheUsualIsoForms() {
        Instant expected = Instant.parse("2024-03-01T00:00:00Z");

        assertThat(QueryParser.instant("2024-03-01T00:00:00.000Z")).contains(expected);
        assertThat(QueryParser.instant("2024-03-01T01:00:00+01:00")).contains(expected);
        assertThat(QueryParser.instant("2024-03-01T00:00:00")).contains(expected);
        assertThat(QueryParser.instant("2024-03-01")).contains(expected);
        assertThat(QueryParser.instant("yesterday")).isEmpty();
    }
}
