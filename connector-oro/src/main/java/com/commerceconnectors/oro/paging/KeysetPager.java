package com.commerceconnectors.oro.paging;

import com.commerceconnectors.core.jsonapi.JsonApiQuery;
import com.commerceconnectors.oro.api.ListPage;
import com.commerceconnectors.oro.api.OroResource;
import com.commerceconnectors.oro.api.OroTime;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Keyset paging over (watermark field, id) for incremental exports, always {@code page[number]=1}. Oro's filters are
 * AND'ed, so "after (W, I)" cannot be one query; a run alternates two:
 * <ul>
 *   <li><b>forward</b>: {@code filter[updatedAt][gte]=W} (or {@code [gt]} once W's records are all delivered),
 *       {@code sort=updatedAt,id}; the records at W with an id at or below I were delivered already and are skipped,
 *       and the first record at or past the run's upper bound ends the run;</li>
 *   <li><b>tie group</b>: when a whole page is such already-delivered records (more records share W than a page
 *       holds), {@code filter[updatedAt]=W&filter[id][gt]=I&sort=id} until a short page, then forward with
 *       {@code [gt]}.</li>
 * </ul>
 * Unlike page numbers this survives records changing while it pages: a record changed during the run moves to the
 * end of the order (and comes again, changed, if its new time is before the upper bound), nothing shifts under a page
 * number, and memory stays constant.
 * <p>
 * The upper bound is the server's clock when the run started ({@code Date} of the first answer, else the local
 * clock) less a settle time, so a record written with a slightly older timestamp while the run pages is not skipped:
 * it belongs to the next run. Within a run every record is delivered exactly once unless it changes during the run.
 */
public final class KeysetPager {

    private final OroResource resource;
    private final JsonApiQuery userQuery;
    private final int pageSize;
    private final PageSource source;
    private final Clock clock;
    private final Duration settleTime;

    /**
     * @param userQuery the user's own filters, {@code include} and {@code fields}; no sort or paging
     */
    public KeysetPager(OroResource resource, JsonApiQuery userQuery, int pageSize, PageSource source, Clock clock,
                       Duration settleTime) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1");
        }
        this.resource = Objects.requireNonNull(resource, "resource");
        this.userQuery = userQuery == null ? new JsonApiQuery() : userQuery;
        this.pageSize = pageSize;
        this.source = Objects.requireNonNull(source, "source");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settleTime = settleTime == null || settleTime.isNegative() ? Duration.ZERO : settleTime;
    }

    /**
     * Starts a run after {@code startAfter} (exclusive) or, when that is {@code null}, from {@code since}
     * (inclusive; {@code null} for everything).
     */
    public Run open(Watermark startAfter, Instant since) {
        return new Run(startAfter, since);
    }

    /**
     * One page of a run.
     *
     * @param number     1-based count of requests in this run
     * @param records    the records to deliver, in order (may be empty when a page held only delivered ones)
     * @param lastPage   whether the run is complete after this page
     * @param totalCount the number of matching records Oro reported for the run's first request, if it did
     */
    public record Page(int number, List<ObjectNode> records, boolean lastPage, Long totalCount) {
    }

    /** A run over the records that changed after its start position and before its upper bound. */
    public final class Run {
        private final Instant since;
        private Watermark position;
        /** Every record at position's time is delivered: the forward query may use gt. */
        private boolean pastPositionTime;
        private boolean tieGroup;
        private Instant upperBound;
        private Long totalCount;
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
            boolean first = pages == 0;
            ListPage response = source.fetch(tieGroup ? tieGroupQuery() : forwardQuery(), first);
            pages++;
            if (first) {
                Instant serverNow = response.serverTime() != null ? response.serverTime() : clock.instant();
                upperBound = serverNow.minus(settleTime);
                totalCount = response.totalCount();
            }
            List<ObjectNode> kept = tieGroup ? acceptTieGroup(response.records()) : acceptForward(response.records());
            records += kept.size();
            return new Page(pages, kept, done, first ? totalCount : null);
        }

        private List<ObjectNode> acceptForward(List<ObjectNode> raw) {
            List<ObjectNode> kept = new ArrayList<>(raw.size());
            Watermark previous = null;
            boolean passedBound = false;
            for (ObjectNode record : raw) {
                Watermark key = keyOf(record);
                if (previous != null && key.compareTo(previous) <= 0) {
                    throw outOfOrder(key, previous);
                }
                previous = key;
                if (position != null && key.compareTo(position) <= 0) {
                    if (key.updatedAt().isBefore(position.updatedAt()) || pastPositionTime) {
                        throw new PagingException("Oro returned " + resource.name() + " " + key.encode() + " although the"
                                + " export asked for " + resource.watermarkField() + " after " + position.encode() + ";"
                                + " the server seems to ignore the " + resource.watermarkField() + " filter, so the"
                                + " export stopped rather than repeat records");
                    }
                    continue; // at the position's time and delivered already
                }
                if (!key.updatedAt().isBefore(upperBound)) {
                    // changed after the run began: the next run delivers it (sorted ascending, so the rest is too)
                    passedBound = true;
                    break;
                }
                kept.add(record);
            }
            if (!kept.isEmpty()) {
                advanceTo(keyOf(kept.get(kept.size() - 1)));
            }
            boolean fullPage = raw.size() >= pageSize;
            done = raw.isEmpty() || passedBound || !fullPage;
            if (!done && kept.isEmpty()) {
                // a whole page of records sharing the position's time, all delivered: page that group by id
                tieGroup = true;
            }
            return kept;
        }

        private List<ObjectNode> acceptTieGroup(List<ObjectNode> raw) {
            List<ObjectNode> kept = new ArrayList<>(raw.size());
            for (ObjectNode record : raw) {
                Watermark key = keyOf(record);
                if (!key.updatedAt().equals(position.updatedAt()) || key.id() <= position.id()) {
                    throw new PagingException("Oro returned " + resource.name() + " " + key.encode() + " for records at "
                            + OroTime.format(position.updatedAt()) + " with an id above " + position.id() + "; the server"
                            + " seems to ignore the id or " + resource.watermarkField() + " filter, so the export"
                            + " stopped rather than skip or repeat records");
                }
                kept.add(record);
                position = key;
            }
            if (raw.size() < pageSize) {
                tieGroup = false;
                pastPositionTime = true;
            }
            return kept;
        }

        private void advanceTo(Watermark key) {
            if (position == null || !key.updatedAt().equals(position.updatedAt())) {
                pastPositionTime = false;
            }
            position = key;
        }

        private JsonApiQuery forwardQuery() {
            JsonApiQuery q = userQuery.copy();
            String field = resource.watermarkField();
            if (position != null) {
                q.filter(field, pastPositionTime ? "gt" : "gte", OroTime.format(position.updatedAt()));
            } else if (since != null) {
                q.filter(field, "gte", OroTime.format(since));
            }
            // no [lt] upper-bound filter: two operators on one field are not accepted by every Oro version, and
            // the records at or past the bound are cut here anyway (they sort last)
            return q.sort(field + ",id").page(1, pageSize);
        }

        private JsonApiQuery tieGroupQuery() {
            return userQuery.copy()
                    .filter(resource.watermarkField(), OroTime.format(position.updatedAt()))
                    .filter("id", "gt", Long.toString(position.id()))
                    .sort("id")
                    .page(1, pageSize);
        }

        private PagingException outOfOrder(Watermark key, Watermark previous) {
            return new PagingException("Oro returned " + resource.name() + " out of (" + resource.watermarkField()
                    + ", id) order or repeated one (" + key.encode() + " after " + previous.encode() + "); the server"
                    + " seems to ignore the sort, so the export stopped rather than skip or repeat records");
        }
    }

    /** The (watermark field, id) of a record. */
    public Watermark keyOf(ObjectNode record) {
        JsonNode attributes = record.get("attributes");
        JsonNode updated = attributes == null ? null : attributes.get(resource.watermarkField());
        JsonNode id = record.get("id");
        if (updated == null || !updated.isTextual() || id == null || id.isNull() || id.isContainerNode()) {
            throw new PagingException("a " + resource.name() + " record has no attribute '" + resource.watermarkField()
                    + "' or no id, which incremental export needs; set watermarkField to a last-change timestamp"
                    + " attribute the entity has (and keep it in fields[" + resource.type() + "] when using fields)");
        }
        try {
            return new Watermark(OroTime.parse(updated.asText()), Long.parseLong(id.asText()));
        } catch (RuntimeException e) {
            throw new PagingException("a " + resource.name() + " record has an unreadable '" + resource.watermarkField()
                    + "' ('" + updated.asText() + "') or a non-numeric id ('" + id.asText() + "'); incremental export"
                    + " needs a timestamp and a numeric id");
        }
    }
}
