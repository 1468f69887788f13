package com.commerceconnectors.oro.paging;

import com.commerceconnectors.core.jsonapi.JsonApiQuery;
import com.commerceconnectors.core.paging.KeysetDialect;
import com.commerceconnectors.core.paging.KeysetStep;
import com.commerceconnectors.core.paging.PagingException;
import com.commerceconnectors.core.paging.Watermark;
import com.commerceconnectors.oro.api.OroResource;
import com.commerceconnectors.oro.api.OroTime;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.Objects;

/**
 * Oro's export dialect: {@code filter[field][op]=value} on the watermark field (updatedAt unless set) and
 * {@code id}. Oro's filters AND, so "after (W, I)" is the rest of the tie group ({@code filter[updatedAt]=W} with
 * {@code filter[id][gt]=I}) and then {@code [gt]W}. The upper bound is not sent: two operators on one field are not
 * accepted by every Oro version, and the pager cuts the records at or past it (they sort last).
 */
public final class OroKeysetDialect implements KeysetDialect<JsonApiQuery> {

    private final OroResource resource;
    private final JsonApiQuery userQuery;

    /** @param userQuery the user's own filters, include and fields; no sort or paging */
    public OroKeysetDialect(OroResource resource, JsonApiQuery userQuery) {
        this.resource = Objects.requireNonNull(resource, "resource");
        this.userQuery = userQuery.copy();
    }

    @Override
    public String platform() {
        return "Oro";
    }

    @Override
    public String resource() {
        return resource.name();
    }

    @Override
    public String timeField() {
        return resource.watermarkField();
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
        JsonApiQuery q = userQuery.copy();
        String field = resource.watermarkField();
        Watermark at = step.position();
        switch (step.kind()) {
            case FROM -> {
                if (step.since() != null) {
                    q.filter(field, "gte", OroTime.format(step.since()));
                }
            }
            case TIE -> q.filter(field, at.time()).filter("id", "gt", at.id());
            case AT_OR_AFTER -> q.filter(field, "gte", at.time());
            case LATER_THAN -> q.filter(field, "gt", at.time());
            default -> throw new IllegalArgumentException("Oro's filters cannot ask " + step.kind());
        }
        return q.sort(step.kind() == KeysetStep.Kind.TIE ? "id" : field + ",id").page(1, pageSize);
    }

    @Override
    public Watermark positionOf(JsonNode record) {
        JsonNode attributes = record.get("attributes");
        JsonNode updated = attributes == null ? null : attributes.get(resource.watermarkField());
        JsonNode id = record.get("id");
        if (updated == null || !updated.isTextual() || id == null || !id.isValueNode() || id.asText().isEmpty()) {
            throw new PagingException("a " + resource.name() + " record has no attribute '" + resource.watermarkField()
                    + "' or no id, which incremental export needs; set watermarkField to a last-change timestamp"
                    + " attribute the entity has (and keep it in fields[" + resource.type() + "] when using fields)");
        }
        // stored and filtered in one UTC form, whatever offset the answer used
        return new Watermark(OroTime.format(instantOf(updated.asText())), id.asText());
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
