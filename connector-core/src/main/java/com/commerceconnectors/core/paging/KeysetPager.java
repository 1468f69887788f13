package com.commerceconnectors.core.paging;

import com.commerceconnectors.core.paging.KeysetStep.Kind;
import com.fasterxml.jackson.databind.JsonNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Keyset paging over (time, id) for incremental exports, or over id alone for full ones, on any platform a
 * {@link KeysetDialect} describes. Every request asks for the first page of what comes after the last record
 * delivered, so records changing while it pages shift nothing, a server that repeats its last page past the end
 * (Magento 2.3) cannot loop it, and memory stays constant.
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
 *   <li>a dialect without a time field pages a full export by id alone: everything sorted by id, then
 *       {@code id > I}, as if every record shared one time.</li>
 * </ul>
 * A run has an upper bound: the server's clock when the run started ({@code Date} of the first answer, else the local
 * clock) less a settle time that absorbs a database clock running behind the web server's. Records changed after that
 * belong to the next run, so within a run every record is delivered once and across runs nothing is lost. A full
 * export does not cut at its upper bound (it has no time to cut by); the bound still says where an incremental export
 * can take over.
 * <p>
 * Where the platform's filters cannot write a time exactly ({@link KeysetDialect#timeResolution()}, e.g. a time
 * with milliseconds on Oro 6.1, whose filters take hundredths of a second), no filter is ever sent truncated — that
 * would skip records ({@code = t} of a truncated time matches none of them) or repeat them ({@code > t} of one). The
 * step is widened to the times around it that the filters write, and the pager drops by time what that let in: a
 * tie group at such a time is asked as the range around it; what follows it within that range (the "cell"), and
 * what a since between two such times starts with, are paged through by id ({@link KeysetDialect#cellQuery}) and
 * delivered in id order, each with the position before the cell as its watermark, so that a run stopped inside a
 * cell does that cell again rather than skip part of it; then on from the cell's end, exactly.
 * <p>
 * What the pager checks, to stop with a clear {@link PagingException} rather than skip, repeat or loop: times never go
 * back and never precede the position; a tie-group answer holds only records at W; no record of this run comes again;
 * ids sharing a time ascend under some real collation (see {@link IdOrder}); every page that is not the last advances.
 *
 * @param <Q> the platform's query type
 */
public final class KeysetPager<Q> {

    private static final Logger LOG = LoggerFactory.getLogger(KeysetPager.class);

    private final KeysetDialect<Q> dialect;
    private final PageSource<Q> source;
    /** Lowered once when the platform refuses it, see {@link PageSizeRefusedException}. */
    private int pageSize;
    private final Clock clock;
    private final Duration settleTime;
    private final boolean byIdAlone;
    private final TimeGrid grid;

    public KeysetPager(KeysetDialect<Q> dialect, PageSource<Q> source, int pageSize, Clock clock, Duration settleTime) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1");
        }
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.source = Objects.requireNonNull(source, "source");
        this.pageSize = pageSize;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settleTime = settleTime == null || settleTime.isNegative() ? Duration.ZERO : settleTime;
        this.byIdAlone = dialect.timeField() == null;
        this.grid = new TimeGrid(dialect.timeResolution());
        if (dialect.canAskAfter() && !dialect.timeResolution().isZero()) {
            // an OR of a widened time filter and an id filter would let in records no time check can sort out
            throw new IllegalArgumentException("a dialect that asks 'after' in one query must write times exactly");
        }
    }

    public KeysetDialect<Q> dialect() {
        return dialect;
    }

    /** The page size asked for now: the one given, or the platform's largest once it refused that. */
    public int pageSize() {
        return pageSize;
    }

    /**
     * Fetches the query of the current page size; when the platform refuses that size and names a smaller one it
     * serves, the same step again with that size, which later requests keep (logged here, once per pager).
     */
    private ListPage fetch(IntFunction<Q> query, boolean first) {
        try {
            return source.fetch(query.apply(pageSize), first);
        } catch (PageSizeRefusedException e) {
            if (e.maximum() >= pageSize) {
                throw e;
            }
            LOG.info("{} refused pages of {} {} (\"{}\"); the export goes on with pages of {}", dialect.platform(),
                    pageSize, dialect.resource(), e.getMessage(), e.maximum());
            pageSize = e.maximum();
            return source.fetch(query.apply(pageSize), first);
        }
    }

    /** Whether this pager exports in full, by id alone. */
    public boolean byIdAlone() {
        return byIdAlone;
    }

    /**
     * Starts a run after {@code startAfter} (exclusive) or, when that is {@code null}, from {@code since} (inclusive;
     * {@code null} for everything).
     *
     * @throws IllegalArgumentException when the stored position's time cannot be read, when a position of one kind
     *                                  of export is given to the other, or when a full export is given a since
     */
    public Run open(Watermark startAfter, Instant since) {
        if (byIdAlone) {
            if (since != null) {
                throw new IllegalArgumentException("a full export of " + dialect.resource() + " takes every record:"
                        + " since applies only to an export by a last-change time");
            }
            if (startAfter != null && startAfter.hasTime()) {
                throw new IllegalArgumentException("stored watermark '" + startAfter.encode() + "' is the position of"
                        + " an incremental export, not of a full one by id; use another stateKey, or start again with"
                        + " resetWatermark=true");
            }
        } else if (startAfter != null) {
            if (!startAfter.hasTime()) {
                throw new IllegalArgumentException("stored watermark '" + startAfter.encode() + "' is the position of a"
                        + " full export by id, which has no time; use another stateKey, or start again with"
                        + " resetWatermark=true");
            }
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
     * @param number    1-based count of the run's requests
     * @param records   the records to deliver, in the server's order (may be empty)
     * @param positions for each record, where a run resumes once it and those before it are delivered: its own
     *                  position, except inside a cell paged by id (see the class comment), where it is the position
     *                  before the cell, or {@code null} when nothing was delivered before the cell (the run then starts
     *                  again from its since)
     * @param resumeAt  where a run resumes once every record of this page (and of the pages before it) is delivered;
     *                  {@code null} when the page changes nothing. Usually the last record's position; an empty page
     *                  that ends a cell may carry one too
     * @param lastPage  whether the run is complete after this page
     */
    public record Page(int number, List<JsonNode> records, List<Watermark> positions, Watermark resumeAt,
                       boolean lastPage) {
        public Page {
            records = List.copyOf(records);
            positions = java.util.Collections.unmodifiableList(new ArrayList<>(positions));
            if (positions.size() != records.size()) {
                throw new IllegalArgumentException("a page needs one position per record");
            }
        }
    }

    /**
     * The times between two the filters write that a run pages through by id: those after {@code after} (or from it,
     * when {@code inclusive}) and before {@code end}, asked as the range from {@code start} to {@code end}.
     */
    private static final class Cell {
        final Instant start;
        final Instant end;
        final Instant after;
        final boolean inclusive;
        /** Where a run resumes after any record of the cell: the position before it, or null. */
        final Watermark resumeAt;
        String cursor;
        /** The last record (in id order) at the latest time delivered in the cell so far. */
        Watermark latest;
        Instant latestInstant;

        Cell(TimeGrid grid, Instant after, boolean inclusive, Watermark resumeAt) {
            this.start = grid.floor(after);
            this.end = grid.ceiling(after);
            this.after = after;
            this.inclusive = inclusive;
            this.resumeAt = resumeAt;
        }

        boolean wants(Instant at) {
            return (inclusive ? !at.isBefore(after) : at.isAfter(after)) && at.isBefore(end);
        }

        boolean covers(Instant at) {
            return !at.isBefore(start) && !at.isAfter(end);
        }
    }

    /** A run over the records that changed after its start position and before its upper bound. */
    public final class Run {
        private final IdOrder idOrder = new IdOrder();
        /** Ids delivered at position's time in this run (after a TIE or AFTER page: that page's). */
        private final Set<String> seenAtPosition = new HashSet<>();
        /** Ids a page paged by id returned, delivered or not: the next such page must hold none of them. */
        private final Set<String> lastIdPage = new HashSet<>();
        /** The inclusive lower bound of the next FROM step: the since, or the end of a cell paged through. */
        private Instant from;
        private Watermark position;
        private Instant positionInstant;
        /** Where the next TIE step asks from: the tie group's time, and the last id the group's last page returned. */
        private Watermark tieCursor;
        private Kind next;
        /** The cell being paged through by id, if any. */
        private Cell cell;
        private Instant upperBound;
        private String upperBoundText;
        private Long totalCount;
        private boolean done;
        private int pages;
        private long records;

        private Run(Watermark startAfter, Instant since) {
            this.position = startAfter;
            this.positionInstant = startAfter == null || byIdAlone ? null : dialect.instantOf(startAfter.time());
            if (startAfter == null) {
                next = Kind.FROM;
                if (since != null && !grid.isExact(since)) {
                    cell = new Cell(grid, since, true, null); // the since's cell first, then on from its end
                    from = cell.end;
                } else {
                    from = since;
                }
            } else {
                next = dialect.canAskAfter() ? Kind.AFTER : Kind.TIE;
                tieCursor = startAfter;
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

        /** Whether this run exports in full, by id alone. */
        public boolean byIdAlone() {
            return byIdAlone;
        }

        /**
         * The upper bound (exclusive) of this run, known after the first page: changes at or after it come with the
         * next run (of a full export: with an incremental export from there).
         */
        public Instant upperBound() {
            return upperBound;
        }

        /** The upper bound as the platform writes time; {@code null} before the first page. */
        public String upperBoundText() {
            // every exchange of the run carries it: formatted once
            if (upperBoundText == null && upperBound != null) {
                upperBoundText = dialect.formatTime(upperBound);
            }
            return upperBoundText;
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
            boolean first = pages == 0;
            if (cell != null) {
                return cellPage(first);
            }
            Kind kind = next;
            Watermark asked = kind == Kind.TIE ? tieCursor : position;
            Instant bound = byIdAlone ? null : upperBound;
            ListPage answer = fetch(size -> dialect.query(new KeysetStep(kind, asked, from, bound), size), first);
            List<JsonNode> raw = received(answer, first, true);
            boolean complete = complete(answer, raw);
            List<Watermark> positions = new ArrayList<>(raw.size());
            if (byIdAlone) {
                Page page = acceptById(asked, raw, complete, positions);
                next = Kind.TIE;
                tieCursor = position;
                return page;
            }
            Watermark lastAnswered = kind == Kind.TIE && !raw.isEmpty() ? dialect.positionOf(raw.get(raw.size() - 1)) : null;
            List<JsonNode> kept = accept(kind, asked, raw, positions);
            records += kept.size();
            if (done) {
                return page(kept, positions, true); // passed the upper bound
            }
            if (kind == Kind.TIE) {
                if (!complete) {
                    // the group's next page follows the last record this one returned, whether it was delivered or,
                    // being of another time the range let in, dropped
                    next = Kind.TIE;
                    tieCursor = new Watermark(asked.time(), lastAnswered.id());
                } else if (grid.isExact(positionInstant)) {
                    next = Kind.LATER_THAN;
                } else {
                    // "> W" cannot be written: what follows W up to the filters' next time goes by id, then on from there
                    cell = new Cell(grid, positionInstant, false, position);
                    from = cell.end;
                    next = Kind.FROM;
                }
            } else if (complete) {
                done = true;
            } else if (kept.isEmpty()) {
                if (kind != Kind.AT_OR_AFTER) {
                    throw new PagingException(dialect.platform() + " returned a full page of " + dialect.resource()
                            + " that does not advance the export; it stopped rather than loop");
                }
                next = Kind.TIE; // more records share the position's time than a page holds
                tieCursor = position;
                lastIdPage.clear();
            } else {
                next = dialect.canAskAfter() ? Kind.AFTER : Kind.AT_OR_AFTER;
            }
            return page(kept, positions, done);
        }

        private List<JsonNode> received(ListPage answer, boolean first, boolean countable) {
            pages++;
            if (first) {
                Instant serverNow = answer.serverTime() != null ? answer.serverTime() : clock.instant();
                upperBound = serverNow.minus(settleTime);
                upperBoundText = null;
                totalCount = countable ? answer.totalCount() : null;
            }
            return answer.records();
        }

        private boolean complete(ListPage answer, List<JsonNode> raw) {
            return raw.size() < pageSize || answer.totalCount() != null && raw.size() >= answer.totalCount();
        }

        /** Records delivered in the server's order, each to resume after at its own position. */
        private Page page(List<JsonNode> kept, List<Watermark> positions, boolean last) {
            return new Page(pages, kept, positions, positions.isEmpty() ? null : positions.get(positions.size() - 1), last);
        }

        /**
         * A page of a cell paged by id: the cell's records the run wants, in id order, each to resume before the cell
         * (a run stopped inside it does it again rather than skip part of it). Once the cell is done, the run resumes
         * after the last record, in the server's id order, of the latest time it delivered there: everything before
         * that is delivered.
         */
        private Page cellPage(boolean first) {
            Cell c = cell;
            // the first request of a run that starts with its since's cell counts only the cell: no total then
            ListPage answer = fetch(size -> dialect.cellQuery(c.start, c.end, c.cursor, size), first);
            List<JsonNode> raw = received(answer, first, false);
            boolean complete = complete(answer, raw);
            List<JsonNode> kept = new ArrayList<>(raw.size());
            List<Watermark> positions = new ArrayList<>(raw.size());
            Set<String> thisPage = new HashSet<>();
            for (JsonNode record : raw) {
                Watermark key = dialect.positionOf(record);
                Instant at = dialect.instantOf(key.time());
                if (key.id().equals(c.cursor) || lastIdPage.contains(key.id()) || !thisPage.add(key.id())) {
                    throw repeated(key);
                }
                if (!c.covers(at)) {
                    throw ignoredFilter(key, "asked for " + dialect.timeField() + " from " + dialect.formatTime(c.start)
                            + " to " + dialect.formatTime(c.end));
                }
                // records changed after the run began are left for the next, which resumes before them
                if (c.wants(at) && at.isBefore(upperBound)) {
                    kept.add(record);
                    positions.add(c.resumeAt);
                    // the id order is the server's: the last record at the latest time leaves none of that time after it
                    if (c.latest == null || !at.isBefore(c.latestInstant)) {
                        c.latest = key;
                        c.latestInstant = at;
                    }
                }
            }
            if (!raw.isEmpty()) {
                c.cursor = dialect.positionOf(raw.get(raw.size() - 1)).id();
            }
            lastIdPage.clear();
            lastIdPage.addAll(thisPage);
            records += kept.size();
            Watermark resumeAt = c.resumeAt;
            if (complete) {
                cell = null; // on from the cell's end: next is FROM there
                lastIdPage.clear();
                if (c.latest != null) {
                    resumeAt = c.latest;
                    position = c.latest;
                    positionInstant = c.latestInstant;
                    seenAtPosition.clear();
                    if (!positions.isEmpty()) {
                        positions.set(positions.size() - 1, resumeAt);
                    }
                }
            }
            return new Page(pages, kept, positions, resumeAt, false);
        }

        /** A page of an export by id alone: every record once, ids ascending under some collation. */
        private Page acceptById(Watermark asked, List<JsonNode> raw, boolean complete, List<Watermark> positions) {
            List<JsonNode> kept = new ArrayList<>(raw.size());
            Set<String> thisPage = new HashSet<>();
            Watermark previous = position;
            for (JsonNode record : raw) {
                Watermark key = dialect.positionOf(record);
                if (asked != null && asked.id().equals(key.id()) || lastIdPage.contains(key.id())
                        || !thisPage.add(key.id())) {
                    throw new PagingException(dialect.platform() + " returned " + dialect.resource() + " "
                            + key.id() + " again; the server seems to ignore the " + dialect.idField()
                            + " filter, so the export stopped rather than repeat records");
                }
                if (previous != null && !idOrder.follows(previous.id(), key.id())) {
                    throw new PagingException(dialect.platform() + " returned " + dialect.resource() + " out of "
                            + dialect.idField() + " order (" + key.id() + " after " + previous.id() + "); the server"
                            + " seems to ignore the sort, so the export stopped rather than skip or repeat records");
                }
                previous = key;
                kept.add(record);
                positions.add(key);
                position = key;
            }
            // a server that ignores the id filter answers the same page again: the last page is enough to see that
            lastIdPage.clear();
            lastIdPage.addAll(thisPage);
            records += kept.size();
            done = complete;
            return page(kept, positions, done);
        }

        /** The records to deliver, in order; their positions go to {@code positions}, read once per record. */
        private List<JsonNode> accept(Kind kind, Watermark asked, List<JsonNode> raw, List<Watermark> positions) {
            List<JsonNode> kept = new ArrayList<>(raw.size());
            Watermark stepPosition = kind == Kind.TIE ? asked : position; // position moves as records are kept
            Instant stepTime = positionInstant;
            Instant lowest = kind == Kind.FROM ? from : positionInstant;
            // a tie group, or what follows a position, at a time the filters cannot write was asked from the time
            // below it: drop by time what that let in (FROM and LATER_THAN are always asked at times they write)
            boolean widened = (kind == Kind.TIE || kind == Kind.AT_OR_AFTER) && !grid.isExact(lowest);
            // time >= W re-reads W's records from the start of their group: no id order relates them to the position
            Watermark previous = kind == Kind.AT_OR_AFTER ? null : position;
            Instant previousInstant = kind == Kind.AT_OR_AFTER ? null : positionInstant;
            // where the server does the id comparison, a repeat can only be the page before again
            Set<String> lastPageOnly = kind == Kind.TIE || kind == Kind.AFTER ? new HashSet<>() : null;
            Set<String> tiePage = kind == Kind.TIE ? new HashSet<>() : null;
            for (JsonNode record : raw) {
                Watermark key = dialect.positionOf(record);
                Instant at = dialect.instantOf(key.time());
                if (tiePage != null
                        && (key.id().equals(stepPosition.id()) || lastIdPage.contains(key.id()) || !tiePage.add(key.id()))) {
                    throw repeated(key);
                }
                if (widened && letInByWidening(kind, at, lowest)) {
                    continue;
                }
                if (lowest != null && at.isBefore(lowest)) {
                    throw ignoredFilter(key, "asked for " + dialect.timeField() + " at or after "
                            + (kind == Kind.FROM ? dialect.formatTime(from) : position.time()));
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
                    throw repeated(key);
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
                positions.add(key);
                advanceTo(key, at);
                if (lastPageOnly != null) {
                    lastPageOnly.add(key.id());
                }
            }
            lastIdPage.clear();
            if (tiePage != null) {
                lastIdPage.addAll(tiePage);
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

        /**
         * Whether a record at {@code at} is one a filter widened from {@code asked} (a time the filters cannot write)
         * let in and the step did not ask for: before the position (delivered already), or of another time than the
         * tie group's.
         */
        private boolean letInByWidening(Kind kind, Instant at, Instant asked) {
            Instant floor = grid.floor(asked);
            return switch (kind) {
                case AT_OR_AFTER -> at.isBefore(asked) && !at.isBefore(floor);
                case TIE -> !at.equals(asked) && !at.isBefore(floor) && !at.isAfter(grid.ceiling(asked));
                default -> false;
            };
        }

        private PagingException repeated(Watermark key) {
            return new PagingException(dialect.platform() + " returned " + dialect.resource() + " " + key.encode()
                    + " again; the server seems to ignore the " + dialect.idField() + " or " + dialect.timeField()
                    + " filter, so the export stopped rather than repeat records");
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
