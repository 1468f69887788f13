package com.commerceconnectors.core.paging;

import com.commerceconnectors.core.jsonapi.JsonApiQuery;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/**
 * The keyset dialect of a JSON:API platform whose filters only AND: "after (W, I)" is the rest of the tie group
 * ({@code time = W} and {@code id > I}, sorted by id) and then {@code time > W}; positions are the resource object's
 * {@code id} and a time attribute. A platform says how it writes a filter and a time.
 */
public abstract class JsonApiKeysetDialect implements KeysetDialect<JsonApiQuery> {

    /** The comparisons the export asks for. */
    public enum Comparison { EQ, GT, GTE, LT }

    private final String platform;
    private final String resource;
    private final String timeField;
    private final JsonApiQuery base;

    /**
     * @param base the user's parameters (filter, include, fields) every request carries; not changed
     */
    protected JsonApiKeysetDialect(String platform, String resource, String timeField, JsonApiQuery base) {
        this.platform = Objects.requireNonNull(platform, "platform");
        this.resource = Objects.requireNonNull(resource, "resource");
        this.timeField = Objects.requireNonNull(timeField, "timeField");
        this.base = base.copy();
    }

    /** Adds one comparison in the platform's filter syntax. */
    protected abstract void filter(JsonApiQuery query, String field, Comparison comparison, String value);

    /** Whether the upper bound goes out as a filter (some versions refuse two operators on one field). */
    protected boolean sendsUpperBound() {
        return true;
    }

    /** The time as stored and filtered; by default the record's own text, so equality filters match exactly. */
    protected String storedTime(String recordTime) {
        instantOf(recordTime);
        return recordTime;
    }

    /** Why a record's position cannot be read, naming the option that fixes it. */
    protected abstract String missingPosition(JsonNode record);

    @Override
    public String platform() {
        return platform;
    }

    @Override
    public String resource() {
        return resource;
    }

    @Override
    public String timeField() {
        return timeField;
    }

    @Override
    public String idField() {
        return "id";
    }

    @Override
    public boolean canAskAfter() {
        return false;
    }

    @Override
    public JsonApiQuery query(KeysetStep step, int pageSize) {
        JsonApiQuery q = base.copy();
        Watermark at = step.position();
        switch (step.kind()) {
            case FROM -> {
                if (step.since() != null) {
                    filter(q, timeField, Comparison.GTE, formatTime(step.since()));
                }
            }
            case TIE -> {
                filter(q, timeField, Comparison.EQ, at.time());
                filter(q, "id", Comparison.GT, at.id());
            }
            case AT_OR_AFTER -> filter(q, timeField, Comparison.GTE, at.time());
            case LATER_THAN -> filter(q, timeField, Comparison.GT, at.time());
            default -> throw new IllegalArgumentException(platform + "'s filters cannot ask " + step.kind());
        }
        if (step.upperBound() != null && sendsUpperBound()) {
            filter(q, timeField, Comparison.LT, formatTime(step.upperBound()));
        }
        return q.sort(step.kind() == KeysetStep.Kind.TIE ? "id" : timeField + ",id").page(1, pageSize);
    }

    @Override
    public Watermark positionOf(JsonNode record) {
        JsonNode id = record.get("id");
        JsonNode time = record.path("attributes").get(timeField);
        if (id == null || !id.isValueNode() || id.asText().isEmpty() || time == null || !time.isTextual()) {
            throw new PagingException(missingPosition(record));
        }
        return new Watermark(storedTime(time.asText()), id.asText());
    }
}
