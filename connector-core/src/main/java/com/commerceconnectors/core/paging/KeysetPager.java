package com.commerceconnectors.core.paging;

import com.commerceconnectors.core.paging.KeysetStep.Kind;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Keyset paging over (time, id) for incremental exports, on any platform a {@link KeysetDialect} describes. Every
 * request asks for the first page of what comes after the last record delivered, so records changing while it pages
 * shift nothing, a server that repeats its last page past the end (Magento 2.3) cannot loop it, and memory stays
 * constant.
 * <p>
 * "After (W, I)" is asked with the server's own filters, so the server's collation decides id order and the client
 * compares ids only for equality:
 * <ul>
 *   <li>where the platform can OR ({@link KeysetDialect#canAskAfter()}), one query: {@code time > W OR (time = W AND
 *       id > I)};</li>
 *   <li>elsewhere, within a run, {@code time >= W}, skipping the records at W this run delivered (their ids are
 *       remembered); when a whole page is such records (more share W than a page holds), the rest of that tie group
 *       with {@code time = W AND id > I}, then {@code time > W}. A run that starts from a stored watermark begins with
 *       the rest of its tie group, since earlier runs' ids at W are not remembered.</li>
 * </ul>
 * A run has an upper bound: the server's clock when the run started ({@code Date} of the first answer, else the local
 * clock) less a settle time that absorbs a database clock running behind the web server's. Records changed after that
 * belong to the next run, so within a run every record is delivered once and across runs nothing is lost.
 * <p>
 * What the pager checks, to stop with a clear {@link PagingException} rather than skip, repeat or loop: times never go
 * back and never precede the position; a tie-group answer holds only records at W; no record of this run comes again;
 * ids sharing a time ascend under some real collation (see {@link IdOrder}); every page that is not the last advances.
 *
 * @param <Q> the platform's query type
 */
public final class KeysetPager<Q> {

    private final KeysetDialect<Q> dialect;
    private final PageSource<Q> source;
    private final int pageSize;
    private final Clock clock;
    private final Duration settleTime;

    public KeysetPager(KeysetDialect<Q> dialect, PageSource<Q> source, int pageSize, Clock clock, Duration settleTime) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1");
        }
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.source = Objects.requireNonNull(source, "source");
        this.pageSize = pageSize;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settleTime = settleTime == null || settleTime.isNegative() ? Duration.ZERO : settleTime;
    }

    public KeysetDialect<Q> dialect() {
        return dialect;
    }

    /**
     * Starts a run after {@code startAfter} (exclusive) or, when that is {@code null}, from {@code since} (inclusive;
     * {@code null} for everything).
     *
     * @throws IllegalArgumentException when the stored position's time cannot be read
     */
    public Run open(Watermark startAfter, Instant since) {
        if (startAfter != null) {
            try {
                dialect.instantOf(startAfter.time());
            } catch (PagingException e) {
                throw new IllegalArgumentException("stored watermark '" + startAfter.encode() + "' has no readable time ("
                        + e.getMessage() + "); fix it in the state repository or start again with resetWatermark=true");
            }
        }
        return new Run(startAfter, since);
    }

    /**
     * One page of a run.
     *
     * @param number   1-based count of the run's requests
     * @param records  the records to deliver, in the server's order (may be empty)
     * @param lastPage whether the run is complete after this page
     */
    public record Page(int number, List<JsonNode> records, boolean lastPage) {
        public Page {
            records = List.copyOf(records);
        }
    }

    /** A run over the records that changed after its start position and before its upper bound. */
    public final class Run {
        private final Instant since;
        private final IdOrder idOrder = new IdOrder();
        /** Ids delivered at position's time in this run (after a TIE or AFTER page: that page's). */
        private final Set<String> seenAtPosition = new HashSet<>();
        private Watermark position;
        private Instant positionInstant;
        private Kind next;
        private Instant upperBound;
        private Long totalCount;
        private boolean done;
        private int pages;
        private long records;

        private Run(Watermark startAfter, Instant since) {
            this.position = startAfter;
            this.positionInstant = startAfter == null ? null : dialect.instantOf(startAfter.time());
            this.since = startAfter == null ? since : null;
            if (startAfter == null) {
                next = Kind.FROM;
            } else {
                next = dialect.canAskAfter() ? Kind.AFTER : Kind.TIE;
                seenAtPosition.add(startAfter.id());
            }
        }

        public boolean hasNext() {
            return !done;
        }

        /** The dialect the run speaks, e.g. to read a record's position. */
        public KeysetDialect<Q> dialect() {
            return dialect;
        }

        /** The upper bound (exclusive) of this run, known after the first page. */
        public Instant upperBound() {
            return upperBound;
        }

        /** The upper bound as the platform writes time; {@code null} before the first page. */
        public String upperBoundText() {
            return upperBound == null ? null : dialect.formatTime(upperBound);
        }

        /** How many records the run's first request matched, when the platform said. */
        public Long totalCount() {
            return totalCount;
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
            Kind kind = next;
            boolean first = pages == 0;
            ListPage answer = source.fetch(dialect.query(new KeysetStep(kind, position, since, upperBound), pageSize), first);
            pages++;
            if (first) {
                Instant serverNow = answer.serverTime() != null ? answer.serverTime() : clock.instant();
                upperBound = serverNow.minus(settleTime);
                totalCount = answer.totalCount();
            }
            List<JsonNode> raw = answer.records();
            List<JsonNode> kept = accept(kind, raw);
            records += kept.size();
            boolean complete = raw.size() < pageSize || answer.totalCount() != null && raw.size() >= answer.totalCount();
            if (done) {
                return new Page(pages, kept, true); // passed the upper bound
            }
            if (kind == Kind.TIE) {
                next = complete ? Kind.LATER_THAN : Kind.TIE;
            } else if (complete) {
                done = true;
            } else if (kept.isEmpty()) {
                if (kind != Kind.AT_OR_AFTER) {
                    throw new PagingException(dialect.platform() + " returned a full page of " + dialect.resource()
                            + " that does not advance the export; it stopped rather than loop");
                }
                next = Kind.TIE; // more records share the position's time than a page holds
            } else {
                next = dialect.canAskAfter() ? Kind.AFTER : Kind.AT_OR_AFTER;
            }
            return new Page(pages, kept, done);
        }

        private List<JsonNode> accept(Kind kind, List<JsonNode> raw) {
            List<JsonNode> kept = new ArrayList<>(raw.size());
            Watermark stepPosition = position; // what the request asked relative to; position moves as records are kept
            Instant stepTime = positionInstant;
            Instant lowest = position != null ? positionInstant : since;
            // time >= W re-reads W's records from the start of their group: no id order relates them to the position
            Watermark previous = kind == Kind.AT_OR_AFTER ? null : position;
            Instant previousInstant = kind == Kind.AT_OR_AFTER ? null : positionInstant;
            // where the server does the id comparison, a repeat can only be the page before again
            Set<String> lastPageOnly = kind == Kind.TIE || kind == Kind.AFTER ? new HashSet<>() : null;
            for (JsonNode record : raw) {
                Watermark key = dialect.positionOf(record);
                Instant at = dialect.instantOf(key.time());
                if (lowest != null && at.isBefore(lowest)) {
                    throw ignoredFilter(key, "asked for " + dialect.timeField() + " at or after " + describeLowest());
                }
                if (previousInstant != null && at.isBefore(previousInstant)) {
                    throw ignoredSort(key, previous);
                }
                if (kind == Kind.TIE && !at.equals(stepTime)) {
                    throw ignoredFilter(key, "asked for the records at " + stepPosition.time() + " with an "
                            + dialect.idField() + " after " + stepPosition.id());
                }
                if (kind == Kind.LATER_THAN && at.equals(stepTime)) {
                    throw ignoredFilter(key, "asked for " + dialect.timeField() + " after " + stepPosition.time());
                }
                boolean atPosition = positionInstant != null && at.equals(positionInstant);
                if (atPosition && seenAtPosition.contains(key.id())) {
                    if (kind == Kind.AT_OR_AFTER) {
                        continue; // delivered by this run: time >= W repeats the records at W
                    }
                    throw new PagingException(dialect.platform() + " returned " + dialect.resource() + " " + key.encode()
                            + " again; the server seems to ignore the " + dialect.idField() + " or "
                            + dialect.timeField() + " filter, so the export stopped rather than repeat records");
                }
                if (previous != null && previousInstant.equals(at) && !idOrder.follows(previous.id(), key.id())) {
                    throw ignoredSort(key, previous);
                }
                previous = key;
                previousInstant = at;
                if (!at.isBefore(upperBound)) {
                    // changed after the run began: the next run delivers it (sorted ascending, so the rest is too)
                    done = true;
                    break;
                }
                kept.add(record);
                advanceTo(key, at);
                if (lastPageOnly != null) {
                    lastPageOnly.add(key.id());
                }
            }
            if (lastPageOnly != null) {
                // an id filter the server ignores answers the same page again: the last page is enough to see that,
                // and memory stays bounded however many records share one time
                seenAtPosition.retainAll(lastPageOnly);
                if (position != null) {
                    seenAtPosition.add(position.id());
                }
            }
            return kept;
        }

        private void advanceTo(Watermark key, Instant at) {
            if (positionInstant == null || !positionInstant.equals(at)) {
                seenAtPosition.clear();
            }
            seenAtPosition.add(key.id());
            position = key;
            positionInstant = at;
        }

        private String describeLowest() {
            return position != null ? position.time() : dialect.formatTime(since);
        }

        private PagingException ignoredFilter(Watermark key, String asked) {
            return new PagingException(dialect.platform() + " returned " + dialect.resource() + " " + key.encode()
                    + " although the export " + asked + "; the server seems to ignore that filter, so the export"
                    + " stopped rather than skip or repeat records");
        }

        private PagingException ignoredSort(Watermark key, Watermark previous) {
            return new PagingException(dialect.platform() + " returned " + dialect.resource() + " out of ("
                    + dialect.timeField() + ", " + dialect.idField() + ") order (" + key.encode() + " after "
                    + previous.encode() + "); the server seems to ignore the sort, so the export stopped rather than"
                    + " skip or repeat records");
        }
    }
}
