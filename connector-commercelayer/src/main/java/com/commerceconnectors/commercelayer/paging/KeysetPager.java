package com.commerceconnectors.commercelayer.paging;

import com.commerceconnectors.commercelayer.api.ListPage;
import com.commerceconnectors.core.jsonapi.JsonApiQuery;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Keyset paging over (updated_at, id) for incremental exports, always asking for page 1 of what comes after the last
 * record delivered: {@code filter[q][updated_at_gteq]=W}, {@code sort=updated_at,id}, and the records at W up to the
 * last id delivered are skipped. Page numbers over a set that changes while it is read skip or repeat records; this
 * does not, and needs constant memory.
 * <p>
 * Commerce Layer's filters cannot say "updated after W, or at W with a greater id" in one query, so when a whole page
 * shares one timestamp (a bulk import touches thousands of records in the same millisecond) that tie group is paged on
 * its own with {@code updated_at_eq=W} and {@code id_gt=lastId}, then the export moves on with
 * {@code updated_at_gt=W}.
 * <p>
 * A run has an upper bound: the server's clock when the run started ({@code Date} of the first answer, else the local
 * clock), less a settle time. A record changed during the run gets a newer {@code updated_at} and belongs to the next
 * run: within a run each record is delivered exactly once, across runs none is lost.
 */
public final class KeysetPager {

    static final String UPDATED_AT = "updated_at";

    private final JsonApiQuery base;
    private final int pageSize;
    private final PageSource source;
    private final Clock clock;
    private final Duration settleTime;

    /**
     * @param base the user's parameters (filter, include, fields) every page request carries; not changed
     */
    public KeysetPager(JsonApiQuery base, int pageSize, PageSource source, Clock clock, Duration settleTime) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1");
        }
        this.base = base == null ? new JsonApiQuery() : base.copy();
        this.pageSize = pageSize;
        this.source = Objects.requireNonNull(source, "source");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settleTime = settleTime == null || settleTime.isNegative() ? Duration.ZERO : settleTime;
    }

    /**
     * Starts a run after {@code startAfter} (exclusive) or, when that is {@code null}, from {@code since} (inclusive;
     * {@code null} for everything).
     */
    public Run open(Watermark startAfter, Instant since) {
        return new Run(startAfter, since);
    }

    /**
     * One page of a run.
     *
     * @param number      1-based count of the pages of this run
     * @param records     the records to deliver, in order
     * @param recordCount {@code meta.record_count} of the answer (what matched its query), when given
     * @param lastPage    whether the run is complete after this page
     */
    public record Page(int number, List<ObjectNode> records, Long recordCount, boolean lastPage) {
    }

    /** A run over the records that changed after its start position and before its upper bound. */
    public final class Run {
        private final Instant since;
        private Watermark position;
        /** Paging the records at position's timestamp by id. */
        private boolean tieGroup;
        /** Every record at position's timestamp is delivered: go on with updated_at_gt. */
        private boolean pastTimestamp;
        private Instant upperBound;
        private boolean done;
        private int pages;
        private long records;

        private Run(Watermark startAfter, Instant since) {
            this.position = startAfter;
            this.since = startAfter == null ? since : null;
        }

        public boolean hasNext() {
            return !done;
        }

        /** The upper bound (exclusive) of this run, known after the first page. */
        public Instant upperBound() {
            return upperBound;
        }

        /** The last record delivered, or where the run started. */
        public Watermark position() {
            return position;
        }

        public long recordCount() {
            return records;
        }

        public int pageCount() {
            return pages;
        }

        public Page next() {
            if (done) {
                throw new IllegalStateException("the run is complete");
            }
            boolean inTieGroup = tieGroup;
            Watermark start = position;
            ListPage answer = source.fetch(query());
            if (upperBound == null) {
                Instant serverNow = answer.serverTime() != null ? answer.serverTime() : clock.instant();
                upperBound = serverNow.minus(settleTime);
            }
            List<ObjectNode> raw = answer.records();
            List<ObjectNode> kept = new ArrayList<>(raw.size());
            boolean passedBound = false;
            Watermark previous = start;
            for (ObjectNode item : raw) {
                Watermark key = keyOf(item);
                if (previous != null && key.compareTo(previous) <= 0) {
                    if (!inTieGroup && !pastTimestamp && previous == start && start.sameTime(key)) {
                        continue; // delivered before: updated_at_gteq repeats the records at the watermark's time
                    }
                    throw new PagingException("Commerce Layer returned records out of (updated_at, id) order or"
                            + " repeated one (" + key.encode() + " after " + previous.encode() + "); the export"
                            + " stopped rather than skip or repeat records");
                }
                previous = key;
                if (!key.instant().isBefore(upperBound)) {
                    // changed after the run began: the next run delivers it (sorted ascending, so the rest is too)
                    passedBound = true;
                    break;
                }
                kept.add(item);
            }
            pages++;
            records += kept.size();
            if (!kept.isEmpty()) {
                position = keyOf(kept.get(kept.size() - 1));
            }
            boolean full = raw.size() >= pageSize;
            if (passedBound) {
                done = true;
            } else if (inTieGroup) {
                tieGroup = full;
                pastTimestamp = !full;
                if (full && kept.isEmpty()) {
                    throw new PagingException("Commerce Layer ignored the id_gt filter while paging records that share"
                            + " updated_at " + start.updatedAt() + "; the export stopped rather than loop");
                }
            } else if (full) {
                // a full page of one timestamp: more records of it may follow that updated_at_gteq cannot reach
                tieGroup = sameTime(raw.get(0), raw.get(raw.size() - 1));
                pastTimestamp = false;
                if (kept.isEmpty() && !tieGroup) {
                    throw new PagingException("Commerce Layer returned a page that does not advance the export");
                }
            } else {
                done = true;
            }
            return new Page(pages, kept, answer.recordCount(), done);
        }

        private JsonApiQuery query() {
            JsonApiQuery q = base.copy();
            if (tieGroup) {
                q.param("filter[q][updated_at_eq]", position.updatedAt()).param("filter[q][id_gt]", position.id());
            } else if (position != null) {
                q.param(pastTimestamp ? "filter[q][updated_at_gt]" : "filter[q][updated_at_gteq]", position.updatedAt());
            } else if (since != null) {
                q.param("filter[q][updated_at_gteq]", Timestamps.format(since));
            }
            if (upperBound != null) {
                q.param("filter[q][updated_at_lt]", Timestamps.format(upperBound));
            }
            return q.sort(UPDATED_AT + ",id").page(1, pageSize);
        }

        private boolean sameTime(ObjectNode a, ObjectNode b) {
            return keyOf(a).sameTime(keyOf(b));
        }
    }

    /** A record's position; the watermark a consumer stores once the record is delivered. */
    public static Watermark keyOf(JsonNode record) {
        JsonNode id = record.get("id");
        JsonNode updated = record.path("attributes").get(UPDATED_AT);
        if (id == null || !id.isTextual() || updated == null || !updated.isTextual()) {
            throw new PagingException("a " + record.path("type").asText("record") + " has no id or no"
                    + " attributes.updated_at, which an incremental export needs (do not leave updated_at out with"
                    + " the fields option)");
        }
        try {
            return new Watermark(updated.asText(), id.asText());
        } catch (DateTimeParseException e) {
            throw new PagingException("a " + record.path("type").asText("record") + " has an unreadable updated_at '"
                    + updated.asText() + "'");
        }
    }
}
