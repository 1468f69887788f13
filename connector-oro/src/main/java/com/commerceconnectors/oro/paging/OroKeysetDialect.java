package com.commerceconnectors.oro.paging;

import com.commerceconnectors.core.jsonapi.JsonApiQuery;
import com.commerceconnectors.core.paging.JsonApiKeysetDialect;
import com.commerceconnectors.core.paging.PagingException;
import com.commerceconnectors.oro.api.OroResource;
import com.commerceconnectors.oro.api.OroTime;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;

/**
 * Oro's export dialect: {@code filter[field][op]=value} on the watermark field (updatedAt unless set) and {@code id},
 * times in one UTC form. The upper bound is not sent: two operators on one field are not accepted by every Oro
 * version, and the pager cuts the records at or past it (they sort last).
 */
public final class OroKeysetDialect extends JsonApiKeysetDialect {

    private final OroResource resource;

    /** @param userQuery the user's own filters, include and fields; no sort or paging */
    public OroKeysetDialect(OroResource resource, JsonApiQuery userQuery) {
        super("Oro", resource.name(), resource.watermarkField(), userQuery);
        this.resource = resource;
    }

    @Override
    protected void filter(JsonApiQuery query, String field, Comparison comparison, String value) {
        switch (comparison) {
            case EQ -> query.filter(field, value);
            case GT -> query.filter(field, "gt", value);
            case GTE -> query.filter(field, "gte", value);
            case LT -> query.filter(field, "lt", value);
        }
    }

    @Override
    protected boolean sendsUpperBound() {
        return false;
    }

    @Override
    protected String storedTime(String recordTime) {
        // stored and filtered in one UTC form, whatever offset the answer used
        return OroTime.format(instantOf(recordTime));
    }

    @Override
    protected String missingPosition(JsonNode record) {
        return "a " + resource.name() + " record has no attribute '" + resource.watermarkField() + "' or no id, which"
                + " incremental export needs; set watermarkField to a last-change timestamp attribute the entity has"
                + " (and keep it in fields[" + resource.type() + "] when using fields)";
    }

    @Override
    public Instant instantOf(String time) {
        try {
            return OroTime.parse(time);
        } catch (RuntimeException e) {
            throw new PagingException("a " + resource.name() + " record has an unreadable '" + resource.watermarkField()
                    + "' ('" + time + "'); incremental export needs a timestamp");
        }
    }

    @Override
    public String formatTime(Instant instant) {
        return OroTime.format(instant);
    }
}
