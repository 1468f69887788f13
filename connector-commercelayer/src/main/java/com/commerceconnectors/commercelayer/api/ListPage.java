package com.commerceconnectors.commercelayer.api;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.List;

/**
 * One page of a list answer.
 *
 * @param records     the resources, with their included resources resolved
 * @param recordCount {@code meta.record_count}: every matching record; {@code null} when absent
 * @param pageCount   {@code meta.page_count}; {@code null} when absent
 * @param serverTime  the answer's {@code Date}; {@code null} when absent or unreadable
 */
public record ListPage(List<ObjectNode> records, Long recordCount, Integer pageCount, Instant serverTime) {

    public ListPage {
        records = List.copyOf(records);
    }
}
