package com.commerceconnectors.sandbox.http;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class BracketQueryTest {

    @Test
    void bracketsNestAndKeepInsertionOrder() {
        Map<String, Object> query = BracketQuery.parse("a%5Bx%5D%5B1%5D=one&a[x][0]=zero&b=2");

        assertThat(query.toString()).isEqualTo("{a={x={1=one, 0=zero}}, b=2}");
    }

    @Test
    void emptyBracketsAppendAtTheNextIntegerIndex() {
        Map<String, Object> query = BracketQuery.parse("g[][f]=1&g[][v]=2&g[7]=x&g[]=y");

        assertThat(query.toString()).isEqualTo("{g={0={f=1}, 1={v=2}, 7=x, 8=y}}");
    }

    @Test
    void laterDuplicatesWinAndPlusIsASpace() {
        Map<String, Object> query = BracketQuery.parse("a=1&a=2+3&c");

        assertThat(query).containsEntry("a", "2 3").containsEntry("c", "");
    }

    @Test
    void aScalarIsReplacedWhenTheSameNameIsLaterUsedAsAnArray() {
        assertThat(BracketQuery.parse("a=1&a[b]=2").toString()).isEqualTo("{a={b=2}}");
    }

    @Test
    void dotsAndSpacesInTopLevelNamesBecomeUnderscores() {
        assertThat(BracketQuery.parse("a.b=1&c%20d=2")).containsKeys("a_b", "c_d");
    }
}
