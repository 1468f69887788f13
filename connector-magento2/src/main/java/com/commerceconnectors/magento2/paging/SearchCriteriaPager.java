package com.commerceconnectors.magento2.paging;

import com.commerceconnectors.magento2.api.MagentoResource;
import com.commerceconnectors.magento2.api.MagentoTime;
import com.commerceconnectors.magento2.api.SearchCriteria;
import com.commerceconnectors.magento2.api.SearchCriteria.Filter;
import com.commerceconnectors.magento2.api.SearchCriteria.SortOrder;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Keyset paging over (updated_at, id) for incremental exports: sorted ascending by both, always
 * {@code currentPage=1}, and each page asks for what comes after the last record delivered:
 * {@code updated_at >= W AND (updated_at > W OR id > I)}.
 * <p>
 * Unlike page numbers this survives records changing while we page (nothing shifts between pages), works the same
 * on Magento 2.3 (which repeats its last page past the end) and 2.4 (empty page), and needs constant memory.
 * <p>
 * A run has an upper bound: the server's clock when the run started ({@code Date} of the first response, else the
 * local clock), less a settle time that absorbs a database clock running behind the web server's. Records changed
 * after that have an {@code updated_at} at or past the bound and belong to the next run, so within a run every
 * record is delivered exactly once and across runs nothing is lost.
 */
public final class SearchCriteriaPager {

    private final MagentoResource resource;
    private final SearchCriteria userFilter;
    private final int pageSize;
    private final PageSource source;
    private final Clock clock;
    private final Duration settleTime;

    public SearchCriteriaPager(MagentoResource resource, SearchCriteria userFilter, int pageSize, PageSource source,
                               Clock clock, Duration settleTime) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1");
        }
        this.resource = Objects.requireNonNull(resource, "resource");
        this.userFilter = userFilter == null ? SearchCriteria.empty() : userFilter;
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

    /** One page of a run, with the watermark to store once the page's records are safely delivered. */
    public record Page(int number, List<JsonNode> records, Watermark last, boolean lastPage) {
    }

    /** A run over the records that changed after its start position and before its upper bound. */
    public final class Run {
        private final Instant since;
        private Watermark position;
        private String upperBound;
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

        /** The upper bound of this run in Magento's format, known after the first page. */
        public String upperBound() {
            return upperBound;
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
            SearchPage response = source.fetch(criteria());
            if (upperBound == null) {
                Instant serverNow = response.serverTime() != null ? response.serverTime() : clock.instant();
                upperBound = MagentoTime.format(serverNow.minus(settleTime));
            }
            List<JsonNode> raw = response.items();
            List<JsonNode> kept = new ArrayList<>(raw.size());
            boolean passedBound = false;
            Watermark previous = position;
            for (JsonNode item : raw) {
                Watermark key = keyOf(item);
                if (previous != null && key.compareTo(previous) <= 0) {
                    throw new PagingException("Magento returned " + resource.name() + " out of (" + resource.updatedField()
                            + ", " + resource.idField() + ") order or repeated one (" + key.encode() + " after "
                            + previous.encode() + "); the server seems to ignore searchCriteria filters or sort orders,"
                            + " so the export stopped rather than skip or repeat records");
                }
                previous = key;
                if (key.updatedAt().compareTo(upperBound) >= 0) {
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
            done = raw.isEmpty()
                    || passedBound
                    || (response.totalCount() != null ? raw.size() >= response.totalCount() : raw.size() < pageSize);
            if (!done && kept.isEmpty()) {
                throw new PagingException("Magento returned a page of " + resource.name() + " that does not advance the export");
            }
            return new Page(pages, kept, position, done);
        }

        private SearchCriteria criteria() {
            SearchCriteria c = SearchCriteria.empty();
            if (position != null) {
                c = c.and(resource.updatedField(), "gteq", position.updatedAt())
                        .andAnyOf(new Filter(resource.updatedField(), "gt", position.updatedAt()),
                                new Filter(resource.idField(), "gt", Long.toString(position.id())));
            } else if (since != null) {
                c = c.and(resource.updatedField(), "gteq", MagentoTime.format(since));
            }
            if (upperBound != null) {
                c = c.and(resource.updatedField(), "lt", upperBound);
            }
            return c.andAll(userFilter)
                    .sortedBy(new SortOrder(resource.updatedField(), true), new SortOrder(resource.idField(), true))
                    .page(pageSize, 1);
        }

        private Watermark keyOf(JsonNode item) {
            JsonNode updated = item.get(resource.updatedField());
            JsonNode id = item.get(resource.idJsonField());
            if (updated == null || !updated.isTextual() || id == null || !(id.isIntegralNumber() || id.isTextual())) {
                throw new PagingException("a " + resource.name() + " record has no '" + resource.updatedField() + "' or '"
                        + resource.idJsonField() + "' field, which incremental export needs; set the updatedField/idField"
                        + " options to the resource's own field names");
            }
            try {
                return new Watermark(updated.asText(), id.isIntegralNumber() ? id.asLong() : Long.parseLong(id.asText()));
            } catch (RuntimeException e) {
                throw new PagingException("a " + resource.name() + " record has an unreadable '" + resource.updatedField()
                        + "' ('" + updated.asText() + "') or '" + resource.idJsonField() + "' value");
            }
        }
    }
}
