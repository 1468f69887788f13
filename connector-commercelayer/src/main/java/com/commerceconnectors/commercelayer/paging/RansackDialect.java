package com.commerceconnectors.commercelayer.paging;

import com.commerceconnectors.core.jsonapi.JsonApiQuery;
import com.commerceconnectors.core.paging.KeysetDialect;
import com.commerceconnectors.core.paging.KeysetStep;
import com.commerceconnectors.core.paging.PagingException;
import com.commerceconnectors.core.paging.Watermark;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * Commerce Layer's export dialect: ransack predicates under {@code filter[q]} on {@code updated_at} and {@code id}.
 * They AND, so "after (W, I)" is the rest of the tie group ({@code updated_at_eq=W&id_gt=I}) and then
 * {@code updated_at_gt=W}; the server's collation (case-insensitive on a default MySQL) orders the ids. The upper
 * bound goes out as {@code updated_at_lt}.
 */
public final class RansackDialect implements KeysetDialect<JsonApiQuery> {

    static final String UPDATED_AT = "updated_at";

    private final String resource;
    private final JsonApiQuery base;

    /**
     * @param resource the resource's path, for messages
     * @param base     the user's parameters (filter, include, fields) every request carries; not changed
     */
    public RansackDialect(String resource, JsonApiQuery base) {
        this.resource = Objects.requireNonNull(resource, "resource");
        this.base = base.copy();
    }

    @Override
    public String platform() {
        return "Commerce Layer";
    }

    @Override
    public String resource() {
        return resource;
    }

    @Override
    public String timeField() {
        return UPDATED_AT;
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
                    q.param("filter[q][updated_at_gteq]", Timestamps.format(step.since()));
                }
            }
            case TIE -> q.param("filter[q][updated_at_eq]", at.time()).param("filter[q][id_gt]", at.id());
            case AT_OR_AFTER -> q.param("filter[q][updated_at_gteq]", at.time());
            case LATER_THAN -> q.param("filter[q][updated_at_gt]", at.time());
            default -> throw new IllegalArgumentException("Commerce Layer's filters cannot ask " + step.kind());
        }
        if (step.upperBound() != null) {
            q.param("filter[q][updated_at_lt]", Timestamps.format(step.upperBound()));
        }
        return q.sort(step.kind() == KeysetStep.Kind.TIE ? "id" : UPDATED_AT + ",id").page(1, pageSize);
    }

    @Override
    public Watermark positionOf(JsonNode record) {
        JsonNode id = record.get("id");
        JsonNode updated = record.path("attributes").get(UPDATED_AT);
        if (id == null || !id.isTextual() || id.asText().isEmpty() || updated == null || !updated.isTextual()) {
            throw new PagingException("a " + record.path("type").asText("record") + " has no id or no"
                    + " attributes.updated_at, which an incremental export needs (do not leave updated_at out with"
                    + " the fields option)");
        }
        instantOf(updated.asText());
        return new Watermark(updated.asText(), id.asText());
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
