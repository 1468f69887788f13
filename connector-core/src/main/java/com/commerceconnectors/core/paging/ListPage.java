package com.commerceconnectors.core.paging;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

/**
 * One answer of a collection request, as every platform gives it.
 *
 * @param records    the records in the server's order (JSON:API resources with their included resources resolved)
 * @param totalCount how many records the request's query matches ({@code total_count}, {@code meta.record_count},
 *                   {@code X-Include-Total-Count}); {@code null} when not sent
 * @param pageCount  how many pages the query has; {@code null} when not sent
 * @param serverTime the answer's {@code Date}; {@code null} when absent or unreadable
 */
public record ListPage(List<JsonNode> records, Long totalCount, Integer pageCount, Instant serverTime) {

    public ListPage {
        records = List.copyOf(records);
    }

    public ListPage(List<? extends JsonNode> records, Long totalCount, Instant serverTime) {
        this(List.copyOf(records), totalCount, null, serverTime);
    }

    public static ListPage of(List<? extends JsonNode> records, Long totalCount, Integer pageCount, Instant serverTime) {
        return new ListPage(List.copyOf(records), totalCount, pageCount, serverTime);
    }
}
