package com.commerceconnectors.oro.paging;

import com.commerceconnectors.core.jsonapi.JsonApiQuery;
import com.commerceconnectors.core.paging.JsonApiKeysetDialect;
import com.commerceconnectors.core.paging.PagingException;
import com.commerceconnectors.oro.api.OroResource;
import com.commerceconnectors.oro.api.OroTime;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;

/**
 * Oro's export dialect: {@code filter[field][op]=value} (the only form 6.1 reads) on the watermark field (updatedAt
 * unless set) and {@code id}, times in the one UTC form Oro 6.0 and 6.1 both take (whole seconds, or two digits of
 * a second). A time with finer digits (a since, a watermark field that keeps milliseconds) goes out widened to the
 * hundredths around it — {@code gte}/{@code gt} from the hundredth below, a tie group as Oro's inclusive range
 * {@code filter[field]=a..b} — and the pager drops the records that let in; truncating alone would skip records
 * ({@code eq} of a truncated time matches none of them) or repeat them ({@code gt} of a truncated time). The upper
 * bound is not sent: two operators on one field are not accepted by every Oro version, and the pager cuts the
 * records at or past it (they sort last).
 * <p>
 * A {@link #full full} export pages by {@code id} alone ({@code sort=id&filter[id][gt]=…}), which every Oro resource
 * sorts and filters by: for resources without a sortable last-change time, such as users.
 */
public final class OroKeysetDialect extends JsonApiKeysetDialect {

    private final OroResource resource;

    /** An incremental export by the resource's watermark field. @param userQuery the user's own filters, include and fields */
    public OroKeysetDialect(OroResource resource, JsonApiQuery userQuery) {
        this(resource, userQuery, resource.watermarkField());
    }

    private OroKeysetDialect(OroResource resource, JsonApiQuery userQuery, String timeField) {
        super("Oro", resource.name(), timeField, userQuery);
        this.resource = resource;
    }

    /** An incremental export by the resource's watermark field. @param userQuery the user's own filters, include and fields */
    public static OroKeysetDialect incremental(OroResource resource, JsonApiQuery userQuery) {
        return new OroKeysetDialect(resource, userQuery);
    }

    /** A full export by id alone. @param userQuery the user's own filters, include and fields */
    public static OroKeysetDialect full(OroResource resource, JsonApiQuery userQuery) {
        return new OroKeysetDialect(resource, userQuery, null);
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
    protected void range(JsonApiQuery query, String field, String from, String to) {
        // one parameter: Oro's own inclusive range, not two operators on one field
        query.filter(field, from + ".." + to);
    }

    @Override
    public Duration timeResolution() {
        return OroTime.FILTER_RESOLUTION;
    }

    @Override
    protected boolean sendsUpperBound() {
        return false;
    }

    @Override
    protected String exactTime(Instant t, String recordText) {
        // a watermark stored by an earlier version may have three digits, which 6.1 refuses: always Oro's one form
        return OroTime.format(t);
    }

    @Override
    protected String storedTime(String recordTime) {
        // stored and filtered in one UTC form, whatever offset the answer used
        return OroTime.format(instantOf(recordTime));
    }

    @Override
    protected String missingPosition(JsonNode record) {
        if (timeField() == null) {
            return "a " + resource.name() + " record has no id, which a full export pages by";
        }
        return "a " + resource.name() + " record has no attribute '" + resource.watermarkField() + "' or no id, which"
                + " incremental export needs; set watermarkField to a last-change timestamp attribute the entity has"
                + " (and keep it in fields[" + resource.type() + "] when using fields), or export in full with"
                + " exportMode=full";
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
