package com.commerceconnectors.magento2.paging;

import com.commerceconnectors.core.paging.KeysetStep;
import com.commerceconnectors.core.paging.KeysetStep.Kind;
import com.commerceconnectors.core.paging.PagingException;
import com.commerceconnectors.core.paging.Since;
import com.commerceconnectors.core.paging.Watermark;
import com.commerceconnectors.magento2.api.FilterExpression;
import com.commerceconnectors.magento2.api.MagentoResource;
import com.commerceconnectors.magento2.api.SearchCriteria;
import com.commerceconnectors.magento2.api.SearchCriteria.Filter;
import com.commerceconnectors.magento2.api.SearchCriteria.SortOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the keyset export's steps are written in searchCriteria, and how Magento's records and times are read. */
class SearchCriteriaDialectTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final SearchCriteriaDialect products = new SearchCriteriaDialect(MagentoResource.of("products"),
            FilterExpression.parseFilter("status:eq:1"));

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void afterAPositionIsOneOrGroupBelowTheUpperBoundThenTheUsersFilterSortedByTimeAndIdOnPageOne() {
        Watermark stored = Watermark.decode("2024-03-01 10:00:00|42"); // as every release has stored it
        SearchCriteria c = products.query(new KeysetStep(Kind.AFTER, stored, null,
                Instant.parse("2024-03-02T08:00:00Z")), 50);

        assertThat(c.groups()).containsExactly(
                List.of(new Filter("updated_at", "gteq", "2024-03-01 10:00:00")),
                List.of(new Filter("updated_at", "gt", "2024-03-01 10:00:00"), new Filter("entity_id", "gt", "42")),
                List.of(new Filter("updated_at", "lt", "2024-03-02 08:00:00")),
                List.of(new Filter("status", "eq", "1")));
        assertThat(c.sortOrders()).containsExactly(new SortOrder("updated_at", true), new SortOrder("entity_id", true));
        assertThat(c.pageSize()).isEqualTo(50);
        assertThat(c.currentPage()).isEqualTo(1);
        assertThat(products.canAskAfter()).isTrue();
    }

    @Test
    void theFirstStepStartsAtSinceWithoutABoundWhileNoneIsKnown() {
        SearchCriteria c = products.query(new KeysetStep(Kind.FROM, null, Since.parse("2024-05-01"), null), 10);
        assertThat(c.groups()).containsExactly(
                List.of(new Filter("updated_at", "gteq", "2024-05-01 00:00:00")),
                List.of(new Filter("status", "eq", "1")));

        SearchCriteria everything = products.query(new KeysetStep(Kind.FROM, null, null, null), 10);
        assertThat(everything.groups()).containsExactly(List.of(new Filter("status", "eq", "1")));
    }

    @Test
    void sinceAndTheBoundRoundUpToMagentosWholeSecond() {
        assertThat(products.formatTime(Since.parse("2024-05-01T10:00:00Z"))).isEqualTo("2024-05-01 10:00:00");
        assertThat(products.formatTime(Since.parse("2024-05-01T12:00:00+02:00"))).isEqualTo("2024-05-01 10:00:00");
        assertThat(products.formatTime(Since.parse("2024-05-01T10:00:00"))).isEqualTo("2024-05-01 10:00:00");
        assertThat(products.formatTime(Since.parse("2024-05-01 10:00:00"))).isEqualTo("2024-05-01 10:00:00");
        // since 10:00:00.5 excludes a record stamped 10:00:00; a bound of 10:00:00.5 keeps it
        assertThat(products.formatTime(Since.parse("2024-05-01T10:00:00.500Z"))).isEqualTo("2024-05-01 10:00:01");
        assertThat(products.instantOf("2024-05-01 10:00:00")).isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
    }

    @Test
    void theRestOfATieGroupIsAskedByIdAlone() {
        Watermark at = new Watermark("2024-03-01 10:00:00", "42");
        SearchCriteria c = products.query(new KeysetStep(Kind.TIE, at, null, null), 10);
        assertThat(c.groups()).startsWith(List.of(new Filter("updated_at", "eq", "2024-03-01 10:00:00")),
                List.of(new Filter("entity_id", "gt", "42")));
        assertThat(c.sortOrders()).containsExactly(new SortOrder("entity_id", true));
    }

    @Test
    void aRecordsPositionIsItsUpdatedAtAndNumericIdAsTheResourceNamesThem() throws Exception {
        assertThat(products.positionOf(json("{\"id\":7,\"updated_at\":\"2024-03-01 10:00:00\"}")).encode())
                .isEqualTo("2024-03-01 10:00:00|7");
        SearchCriteriaDialect orders = new SearchCriteriaDialect(MagentoResource.of("orders"), null);
        assertThat(orders.positionOf(json("{\"entity_id\":\"12\",\"updated_at\":\"2024-03-01 10:00:00\"}")).id())
                .isEqualTo("12");
    }

    @Test
    void aRecordWithoutItsKeysetFieldsNamesTheOptionsThatFixIt() throws Exception {
        assertThatThrownBy(() -> products.positionOf(json("{\"sku\":\"A\",\"updated_at\":\"2024-03-01 10:00:00\"}")))
                .isInstanceOf(PagingException.class)
                .hasMessageContaining("has no 'updated_at' or 'id' field")
                .hasMessageContaining("updatedField/idField");
        assertThatThrownBy(() -> products.positionOf(json("{\"id\":7,\"updated_at\":\"yesterday\"}")))
                .isInstanceOf(PagingException.class)
                .hasMessageContaining("unreadable 'updated_at' ('yesterday')");
        assertThatThrownBy(() -> products.instantOf("2024-03-01T10:00:00Z"))
                .isInstanceOf(PagingException.class)
                .hasMessageContaining("yyyy-MM-dd HH:mm:ss");
    }
}
