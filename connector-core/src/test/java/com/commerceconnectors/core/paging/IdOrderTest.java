package com.commerceconnectors.core.paging;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdOrderTest {

    @Test
    void numericIdsMayAscendAsNumbersThoughNotAsText() {
        IdOrder order = new IdOrder();
        assertThat(order.follows("9", "10")).isTrue();
        assertThat(order.follows("10", "11")).isTrue();
    }

    @Test
    void aCaseInsensitiveCollationIsAcceptedThoughBinaryOrderIsNot() {
        IdOrder order = new IdOrder();
        assertThat(order.follows("Xa01", "xb02")).isTrue(); // binary too so far
        assertThat(order.follows("xb02", "XC03")).as("binary no more, case-insensitive still").isTrue();
        assertThat(order.follows("XC03", "Xd04")).isTrue();
    }

    @Test
    void anOrderNoCollationExplainsIsRefusedAndStaysRefused() {
        IdOrder order = new IdOrder();
        assertThat(order.follows("b", "a")).isFalse();
        assertThat(order.follows("a", "b")).isFalse();
    }

    @Test
    void collationsRuledOutEarlierInTheRunStayRuledOut() {
        IdOrder order = new IdOrder();
        assertThat(order.follows("XC", "xb")).as("binary only").isTrue();
        assertThat(order.follows("xb", "xa")).as("binary says no; case-insensitive already said no").isFalse();
    }
}
