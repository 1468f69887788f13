package com.commerceconnectors.core.paging;

import com.commerceconnectors.core.jsonapi.JsonApiQuery;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.Objects;

/**
 * The keyset dialect of a JSON:API platform whose filters only AND: "after (W, I)" is the rest of the tie group
 * ({@code time = W} and {@code id > I}, sorted by id) and then {@code time > W}; positions are the resource object's
 * {@code id} and a time attribute. Without a time attribute it pages a full export by id alone ({@code sort=id}, then
 * {@code id > I}). A platform says how it writes a filter and a time, and how finely its filters tell times apart
 * ({@link #timeResolution()}): a time they cannot write exactly goes out widened to the nearest one they can, on the
 * safe side, and the pager drops what that let in.
 */
public abstract class JsonApiKeysetDialect implements KeysetDialect<JsonApiQuery> {

    /** The comparisons the export asks for. */
    public enum Comparison { EQ, GT, GTE, LT }

    private final String platform;
    private final String resource;
    private final String timeField;
    private final JsonApiQuery base;

    /**
     * @param timeField the last-change time attribute the export pages by; {@code null} to page a full export by id
     * @param base      the user's parameters (filter, include, fields) every request carries; not changed
     */
    protected JsonApiKeysetDialect(String platform, String resource, String timeField, JsonApiQuery base) {
        this.platform = Objects.requireNonNull(platform, "platform");
        this.resource = Objects.requireNonNull(resource, "resource");
        this.timeField = timeField;
        this.base = base.copy();
    }

    /** Adds one comparison in the platform's filter syntax. */
    protected abstract void filter(JsonApiQuery query, String field, Comparison comparison, String value);

    /**
     * Adds {@code from <= field <= to}, both times the platform's filters write exactly: how a tie group at a time
     * they cannot write is asked. By default {@code >= from} and {@code < to}; a platform with a range syntax of its
     * own, or that refuses two operators on one field, writes it its way (the pager drops records of other times).
     */
    protected void range(JsonApiQuery query, String field, String from, String to) {
        filter(query, field, Comparison.GTE, from);
        filter(query, field, Comparison.LT, to);
    }

    /** Whether the upper bound goes out as a filter (some versions refuse two operators on one field). */
    protected boolean sendsUpperBound() {
        return true;
    }

    /** The time as stored and filtered; by default the record's own text, so equality filters match exactly. */
    protected String storedTime(String recordTime) {
        instantOf(recordTime);
        return recordTime;
    }

    /**
     * A time the filters take exactly, as a filter writes it: by default the record's own text when there is one (so
     * an equality filter matches the stored text), else {@link #formatTime}.
     *
     * @param recordText the time as a record or a stored watermark wrote it; {@code null} for a since or a bound
     */
    protected String exactTime(Instant t, String recordText) {
        return recordText != null ? recordText : formatTime(t);
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
        if (timeField == null) {
            switch (step.kind()) {
                case FROM -> { }
                case TIE -> filter(q, "id", Comparison.GT, at.id());
                default -> throw new IllegalArgumentException("an export by id alone cannot ask " + step.kind());
            }
            return q.sort("id").page(1, pageSize);
        }
        switch (step.kind()) {
            case FROM -> {
                if (step.since() != null) {
                    timeFilter(q, Comparison.GTE, step.since(), null);
                }
            }
            case TIE -> {
                timeFilter(q, Comparison.EQ, instantOf(at.time()), at.time());
                filter(q, "id", Comparison.GT, at.id());
            }
            case AT_OR_AFTER -> timeFilter(q, Comparison.GTE, instantOf(at.time()), at.time());
            case LATER_THAN -> timeFilter(q, Comparison.GT, instantOf(at.time()), at.time());
            default -> throw new IllegalArgumentException(platform + "'s filters cannot ask " + step.kind());
        }
        if (step.upperBound() != null && sendsUpperBound()) {
            timeFilter(q, Comparison.LT, step.upperBound(), null);
        }
        return q.sort(step.kind() == KeysetStep.Kind.TIE ? "id" : timeField + ",id").page(1, pageSize);
    }

    @Override
    public JsonApiQuery cellQuery(Instant start, Instant end, String afterId, int pageSize) {
        JsonApiQuery q = base.copy();
        range(q, timeField, formatTime(start), formatTime(end));
        if (afterId != null) {
            filter(q, "id", Comparison.GT, afterId);
        }
        return q.sort("id").page(1, pageSize);
    }

    /**
     * One comparison on the time field: as it is when the filters can write {@code t}, else widened to the times
     * around it — {@code >=} and {@code >} from the time below, {@code <} to the time above, {@code =} as the range
     * between them — so nothing the step asks for is left out.
     *
     * @param text the record's own text of {@code t}, or {@code null} to format it
     */
    private void timeFilter(JsonApiQuery q, Comparison comparison, Instant t, String text) {
        TimeGrid grid = new TimeGrid(timeResolution());
        if (grid.isExact(t)) {
            filter(q, timeField, comparison, exactTime(t, text));
            return;
        }
        switch (comparison) {
            case GTE, GT -> filter(q, timeField, comparison, formatTime(grid.floor(t)));
            case LT -> filter(q, timeField, comparison, formatTime(grid.ceiling(t)));
            case EQ -> range(q, timeField, formatTime(grid.floor(t)), formatTime(grid.ceiling(t)));
        }
    }

    @Override
    public Watermark positionOf(JsonNode record) {
        JsonNode id = record.get("id");
        if (timeField == null) {
            if (id == null || !id.isValueNode() || id.asText().isEmpty()) {
                throw new PagingException(missingPosition(record));
            }
            return Watermark.ofId(id.asText());
        }
        JsonNode time = record.path("attributes").get(timeField);
        if (id == null || !id.isValueNode() || id.asText().isEmpty() || time == null || !time.isTextual()) {
            throw new PagingException(missingPosition(record));
        }
        return new Watermark(storedTime(time.asText()), id.asText());
    }
}
