package com.commerceconnectors.core.paging;

import com.commerceconnectors.core.testing.QueryRewritingProxy;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * What every platform's {@link KeysetDialect} must do with {@link KeysetPager} against that platform's emulator, over
 * real HTTP: deliver every record exactly once through tie groups larger than a page, records changing mid-run and
 * restarts; and stop with a clear {@link PagingException} — never loop, skip or repeat — when the server ignores the
 * sort or the cursor's filters (a {@link QueryRewritingProxy} drops them on the way). Where the connector also exports
 * in full by id alone ({@link #fullPager}), that export must deliver every record exactly once, whatever changes
 * mid-run, resume from its stored position, and stop the same way when the server ignores its id filter. Each
 * connector module extends it with its emulator.
 */
public abstract class KeysetDialectContract {

    /** Pages a run may take before the contract calls it a loop. */
    private static final int MAX_PAGES = 500;

    private QueryRewritingProxy proxy;

    /** The emulator's address: its scheme, host and port are where the proxy forwards to. */
    protected abstract URI emulatorUri();

    /** Adds {@code count} records to the exported resource; returns their ids. */
    protected abstract List<String> seed(int count);

    /** Gives these records one new last-change time, the emulator's now (as a bulk import does). */
    protected abstract void touchAll(List<String> ids);

    /** Moves the emulator's clock on. */
    protected abstract void advanceClock(Duration amount);

    /**
     * A pager over the exported resource, with the connector's dialect and API.
     *
     * @param route maps each of the emulator's addresses to the one the client must use (itself, or the proxy's)
     */
    protected abstract KeysetPager<?> pager(UnaryOperator<URI> route, int pageSize);

    /**
     * A pager of a full export by id alone over the exported resource, or {@code null} (the default) when the
     * connector has none.
     */
    protected KeysetPager<?> fullPager(UnaryOperator<URI> route, int pageSize) {
        return null;
    }

    /** Whether a decoded query parameter name is part of the sort. */
    protected abstract Predicate<String> sortParameter();

    /** Whether a decoded query parameter name carries the cursor's time or id filter. */
    protected abstract Predicate<String> cursorParameter();

    /** Turns the emulator's case-insensitive id collation on; false when the platform's ids are numbers. */
    protected boolean caseInsensitiveIds() {
        return false;
    }

    /** Makes the emulator answer its last page again past the end (Magento 2.3); false where no version does. */
    protected boolean repeatLastPagePastTheEnd() {
        return false;
    }

    @AfterEach
    void closeProxy() {
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    void aTieGroupLargerThanAPageIsDeliveredOnce() {
        List<String> ids = seed(70);
        advanceClock(Duration.ofMinutes(5));
        touchAll(ids.subList(0, 60));
        List<String> delivered = drain(pager(UnaryOperator.identity(), 25).open(null, null), (n, d) -> { });
        assertThat(delivered).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void recordsChangedMidRunAreNeitherSkippedNorRepeatedUnlessChanged() {
        List<String> ids = seed(60);
        List<String> touched = new ArrayList<>();
        List<String> delivered = drain(pager(UnaryOperator.identity(), 10).open(null, null), (page, sofar) -> {
            if (page == 2) {
                advanceClock(Duration.ofMinutes(5));
                List<String> change = new ArrayList<>(sofar.subList(2, 4)); // delivered already
                change.addAll(ids.stream().filter(id -> !sofar.contains(id)).limit(3).toList()); // not yet
                touchAll(change);
                touched.addAll(change);
            }
        });
        assertThat(new HashSet<>(delivered)).as("nothing skipped").containsExactlyInAnyOrderElementsOf(ids);
        Map<String, Integer> times = counts(delivered);
        ids.stream().filter(id -> !touched.contains(id))
                .forEach(id -> assertThat(times.get(id)).as("untouched %s", id).isEqualTo(1));
        touched.forEach(id -> assertThat(times.get(id)).as("touched %s", id).isBetween(1, 2));
    }

    @Test
    void aStoredWatermarkInsideATieGroupResumesWithoutSkipOrRepeat() {
        List<String> ids = seed(40);
        advanceClock(Duration.ofMinutes(5));
        touchAll(ids);
        KeysetPager<?> pager = pager(UnaryOperator.identity(), 15);
        var first = pager.open(null, null);
        List<String> before = new ArrayList<>();
        while (before.size() < 30 && first.hasNext()) {
            first.next().records().forEach(r -> before.add(idOf(pager, r)));
        }
        Watermark stored = Watermark.decode(first.position().encode());
        List<String> after = drain(pager(UnaryOperator.identity(), 15).open(stored, null), (n, d) -> { });
        assertThat(before).hasSize(30);
        assertThat(after).doesNotContainAnyElementsOf(before);
        List<String> all = new ArrayList<>(before);
        all.addAll(after);
        assertThat(all).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void aServerIgnoringTheSortStopsTheExportWithAClearError() throws Exception {
        List<String> ids = seed(30);
        advanceClock(Duration.ofMinutes(5));
        touchAll(ids.subList(0, 5)); // the oldest records are now the newest: no order of ids is one of times
        proxy = new QueryRewritingProxy(emulatorUri()).dropping(sortParameter());
        List<String> delivered = new ArrayList<>();
        assertThatThrownBy(() -> drainInto(pager(proxy::rewrite, 10).open(null, null), delivered, (n, d) -> { }))
                .isInstanceOf(PagingException.class).hasMessageContaining("ignore");
        assertThat(proxy.dropped()).as("the sort was dropped").isNotEmpty();
        assertThat(delivered).doesNotHaveDuplicates();
    }

    @Test
    void aServerIgnoringTheCursorFiltersStopsTheExportWithAClearError() throws Exception {
        seed(30);
        proxy = new QueryRewritingProxy(emulatorUri()).dropping(cursorParameter());
        List<String> delivered = new ArrayList<>();
        assertThatThrownBy(() -> drainInto(pager(proxy::rewrite, 10).open(null, null), delivered, (n, d) -> { }))
                .isInstanceOf(PagingException.class).hasMessageContaining("ignore");
        assertThat(proxy.dropped()).as("the cursor's filters were dropped").isNotEmpty();
        assertThat(delivered).doesNotHaveDuplicates().hasSize(10);
    }

    @Test
    void idsCollatedCaseInsensitivelyByTheServerAreDeliveredOnce() {
        Assumptions.assumeTrue(caseInsensitiveIds(), "the platform's ids are numbers");
        List<String> ids = seed(60);
        advanceClock(Duration.ofMinutes(5));
        touchAll(ids);
        List<String> delivered = drain(pager(UnaryOperator.identity(), 25).open(null, null), (n, d) -> { });
        assertThat(delivered).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void aServerRepeatingItsLastPagePastTheEndIsNotLooped() {
        Assumptions.assumeTrue(repeatLastPagePastTheEnd(), "no version of the platform repeats its last page");
        List<String> ids = seed(30);
        List<String> delivered = drain(pager(UnaryOperator.identity(), 10).open(null, null), (n, d) -> { });
        assertThat(delivered).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void aFullExportDeliversEveryRecordOnceWhateverChangesMidRun() {
        Assumptions.assumeTrue(fullPager(UnaryOperator.identity(), 10) != null, "the connector has no full export");
        List<String> ids = seed(45);
        List<String> delivered = drain(fullPager(UnaryOperator.identity(), 10).open(null, null), (page, sofar) -> {
            if (page == 2) {
                advanceClock(Duration.ofMinutes(5));
                List<String> change = new ArrayList<>(sofar.subList(0, 3)); // delivered already
                change.addAll(ids.stream().filter(id -> !sofar.contains(id)).limit(3).toList()); // not yet
                touchAll(change); // a change does not move a record in id order
            }
        });
        assertThat(delivered).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void aFullExportResumesFromItsStoredPositionWithoutSkipOrRepeat() {
        Assumptions.assumeTrue(fullPager(UnaryOperator.identity(), 15) != null, "the connector has no full export");
        List<String> ids = seed(40);
        KeysetPager<?> pager = fullPager(UnaryOperator.identity(), 15);
        var first = pager.open(null, null);
        List<String> before = new ArrayList<>();
        while (before.size() < 30 && first.hasNext()) {
            first.next().records().forEach(r -> before.add(idOf(pager, r)));
        }
        Watermark stored = Watermark.decode(first.position().encode());
        assertThat(stored.hasTime()).as("a full export's position is an id alone").isFalse();
        List<String> after = drain(fullPager(UnaryOperator.identity(), 15).open(stored, null), (n, d) -> { });
        assertThat(before).hasSize(30);
        List<String> all = new ArrayList<>(before);
        all.addAll(after);
        assertThat(all).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void aServerIgnoringTheIdFilterStopsAFullExportWithAClearError() throws Exception {
        Assumptions.assumeTrue(fullPager(UnaryOperator.identity(), 10) != null, "the connector has no full export");
        seed(30);
        proxy = new QueryRewritingProxy(emulatorUri()).dropping(cursorParameter());
        List<String> delivered = new ArrayList<>();
        assertThatThrownBy(() -> drainInto(fullPager(proxy::rewrite, 10).open(null, null), delivered, (n, d) -> { }))
                .isInstanceOf(PagingException.class).hasMessageContaining("ignore");
        assertThat(proxy.dropped()).as("the id filter was dropped").isNotEmpty();
        assertThat(delivered).doesNotHaveDuplicates().hasSize(10);
    }

    private static String idOf(KeysetPager<?> pager, JsonNode record) {
        return pager.dialect().positionOf(record).id();
    }

    /** Runs to the end; {@code afterPage} sees the page number and the ids delivered so far. */
    private List<String> drain(KeysetPager<?>.Run run, BiConsumer<Integer, List<String>> afterPage) {
        List<String> delivered = new ArrayList<>();
        drainInto(run, delivered, afterPage);
        return delivered;
    }

    private void drainInto(KeysetPager<?>.Run run, List<String> delivered, BiConsumer<Integer, List<String>> afterPage) {
        KeysetDialect<?> dialect = run.dialect();
        int pages = 0;
        while (run.hasNext()) {
            if (++pages > MAX_PAGES) {
                fail("the run took more than " + MAX_PAGES + " pages: it loops");
            }
            KeysetPager.Page page = run.next();
            page.records().forEach(r -> delivered.add(dialect.positionOf(r).id()));
            afterPage.accept(page.number(), List.copyOf(delivered));
        }
    }

    private static Map<String, Integer> counts(List<String> ids) {
        Map<String, Integer> counts = new HashMap<>();
        ids.forEach(id -> counts.merge(id, 1, Integer::sum));
        return counts;
    }
}
