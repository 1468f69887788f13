package com.commerceconnectors.magento2.paging;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

/**
 * One search response: {@code items}, {@code total_count} ({@code null} when absent) and the server's clock from
 * its {@code Date} header ({@code null} when absent).
 */
public record SearchPage(List<JsonNode> items, Long totalCount, Instant serverTime) {
    public SearchPage {
        items = List.copyOf(items);
    }
}
