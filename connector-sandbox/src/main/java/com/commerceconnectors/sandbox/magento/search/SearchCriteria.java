package com.commerceconnectors.sandbox.magento.search;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.util.List;

/**
 * A parsed {@code searchCriteria}. {@code sortOrders}, {@code pageSize} and {@code currentPage} are {@code null}
 * when not sent, which is how they are echoed back (absent).
 */
public record SearchCriteria(List<FilterGroup> filterGroups, List<SortOrder> sortOrders, Integer pageSize,
                             Integer currentPage) {

    public static final SearchCriteria EMPTY = new SearchCriteria(List.of(), null, null, null);

    public SearchCriteria {
        filterGroups = List.copyOf(filterGroups);
        sortOrders = sortOrders == null ? null : List.copyOf(sortOrders);
    }

    public SearchCriteria withPageSize(Integer size) {
        return new SearchCriteria(filterGroups, sortOrders, size, currentPage);
    }

    /** The {@code search_criteria} object of a search response. */
    public void writeEcho(JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("search_criteria");
        json.writeArrayFieldStart("filter_groups");
        for (FilterGroup group : filterGroups) {
            json.writeStartObject();
            json.writeArrayFieldStart("filters");
            for (Filter filter : group.filters()) {
                json.writeStartObject();
                if (filter.field() != null) {
                    json.writeStringField("field", filter.field());
                }
                if (filter.value() != null) {
                    json.writeStringField("value", filter.value());
                }
                json.writeStringField("condition_type", filter.effectiveCondition());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        if (sortOrders != null) {
            json.writeArrayFieldStart("sort_orders");
            for (SortOrder order : sortOrders) {
                json.writeStartObject();
                if (order.field() != null) {
                    json.writeStringField("field", order.field());
                }
                if (order.direction() != null) {
                    json.writeStringField("direction", order.direction());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        if (pageSize != null) {
            json.writeNumberField("page_size", pageSize);
        }
        if (currentPage != null) {
            json.writeNumberField("current_page", currentPage);
        }
        json.writeEndObject();
    }
}
