package com.commerceconnectors.oro.api;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.List;

/**
 * One answer of a collection request.
 *
 * @param records    the primary resources, their {@code included} resources resolved
 * @param totalCount Oro's {@code X-Include-Total-Count}; {@code null} when it was not asked for or not sent
 * @param serverTime the answer's {@code Date}; {@code null} when absent or unreadable
 */
public record ListPage(List<ObjectNode> records, Long totalCount, Instant serverTime) {
    public ListPage {
        records = List.copyOf(records);
    }
}
