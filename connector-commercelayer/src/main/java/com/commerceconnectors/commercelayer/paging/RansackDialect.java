package com.commerceconnectors.commercelayer.paging;

import com.commerceconnectors.core.jsonapi.JsonApiQuery;
import com.commerceconnectors.core.paging.JsonApiKeysetDialect;
import com.commerceconnectors.core.paging.PagingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Commerce Layer's export dialect: ransack predicates under {@code filter[q]} on {@code updated_at} and {@code id}
 * ({@code updated_at_eq}, {@code id_gt}, {@code updated_at_gteq} …), the record's own millisecond timestamps, and
 * the upper bound as {@code updated_at_lt}. The server's collation (case-insensitive on a default MySQL) orders ids.
 */
public final class RansackDialect extends JsonApiKeysetDialect {

    /**
     * @param resource the resource's path, for messages
     * @param base     the user's parameters (filter, include, fields) every request carries
     */
    public RansackDialect(String resource, JsonApiQuery base) {
        super("Commerce Layer", resource, "updated_at", base);
    }

    @Override
    protected void filter(JsonApiQuery query, String field, Comparison comparison, String value) {
        String predicate = switch (comparison) {
            case EQ -> "eq";
            case GT -> "gt";
            case GTE -> "gteq";
            case LT -> "lt";
        };
        query.param("filter[q][" + field + "_" + predicate + "]", value);
    }

    @Override
    protected String missingPosition(JsonNode record) {
        return "a " + record.path("type").asText("record") + " has no id or no attributes.updated_at, which an"
                + " incremental export needs (do not leave updated_at out with the fields option)";
    }

    @Override
    public Instant instantOf(String time) {
        try {
            return Timestamps.parse(time);
        } catch (DateTimeParseException e) {
            throw new PagingException("unreadable updated_at '" + time + "': Commerce Layer writes ISO-8601 with an offset");
        }
    }

    @Override
    public String formatTime(Instant instant) {
        return Timestamps.format(instant);
    }
}
