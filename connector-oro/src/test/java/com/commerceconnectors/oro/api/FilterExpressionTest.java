package com.commerceconnectors.oro.api;

import com.commerceconnectors.core.jsonapi.JsonApiQuery;
import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FilterExpressionTest {

    private static String decoded(String expression) {
        return URLDecoder.decode(FilterExpression.addTo(new JsonApiQuery(), expression).toQueryString(), StandardCharsets.UTF_8);
    }

    @Test
    void equalityOperatorsListsAndRangesBecomeOroFilters() {
        assertThat(decoded("status:enabled; updatedAt:gte:2024-03-01T00:00:00Z;id:10..20;sku:A-1,B-2"))
                .isEqualTo("filter[status]=enabled&filter[updatedAt][gte]=2024-03-01T00:00:00Z&filter[id]=10..20"
                        + "&filter[sku]=A-1,B-2");
    }

    @Test
    void aValueWithColonsIsNotMistakenForAnOperator() {
        assertThat(decoded("updatedAt:2024-03-01T10:00:00Z")).isEqualTo("filter[updatedAt]=2024-03-01T10:00:00Z");
        assertThat(decoded("names:not_contains:a:b")).isEqualTo("filter[names][not_contains]=a:b");
    }

    @Test
    void bracketsAreEncodedAndAnOffsetsPlusSurvives() {
        assertThat(FilterExpression.addTo(new JsonApiQuery(), "updatedAt:gt:2024-03-01T10:00:00+01:00").toQueryString())
                .isEqualTo("filter%5BupdatedAt%5D%5Bgt%5D=2024-03-01T10:00:00%2B01:00");
    }

    @Test
    void blankAddsNothing() {
        assertThat(FilterExpression.addTo(new JsonApiQuery(), "  ").isEmpty()).isTrue();
        assertThat(FilterExpression.addTo(new JsonApiQuery(), null).isEmpty()).isTrue();
    }

    @Test
    void aPartWithoutValueSaysHowToWriteIt() {
        assertThatThrownBy(() -> FilterExpression.addTo(new JsonApiQuery(), "status"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'status'").hasMessageContaining("field:operator:value");
        assertThatThrownBy(() -> FilterExpression.addTo(new JsonApiQuery(), "id:gt:"))
                .hasMessageContaining("no value after its operator");
    }
}
