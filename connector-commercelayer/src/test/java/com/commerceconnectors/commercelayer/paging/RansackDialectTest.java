package com.commerceconnectors.commercelayer.paging;

import com.commerceconnectors.core.paging.KeysetPager;
import com.commerceconnectors.core.paging.ListPage;
import com.commerceconnectors.core.paging.PagingException;
import com.commerceconnectors.core.paging.Watermark;
import com.commerceconnectors.core.jsonapi.JsonApiQuery;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Keyset paging against a store that answers ransack queries as Commerce Layer does (updated_at and id predicates,
 * sort=updated_at,id, page[size]), whose records change between pages.
 */
class RansackDialectTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant T0 = Instant.parse("2024-03-01T10:00:00Z");

    /** A resource's records by id, and the server's clock. */
    private final Map<String, Instant> store = new TreeMap<>();
    private Instant now = Instant.parse("2024-03-02T00:00:00Z");
    private final List<String> queries = new ArrayList<>();

    private ListPage answer(JsonApiQuery query) {
        String qs = URLDecoder.decode(query.toQueryString(), StandardCharsets.UTF_8);
        queries.add(qs);
        Map<String, String> params = new HashMap<>();
        for (String p : qs.split("&")) {
            int eq = p.indexOf('=');
            params.put(p.substring(0, eq), p.substring(eq + 1));
        }
        assertThat(params.get("sort")).isIn("updated_at,id", "id");
        assertThat(params.get("page[number]")).isEqualTo("1");
        int size = Integer.parseInt(params.get("page[size]"));
        Predicate<Map.Entry<String, Instant>> match = e -> true;
        for (Map.Entry<String, String> p : params.entrySet()) {
            if (!p.getKey().startsWith("filter[q][")) {
                continue;
            }
            String predicate = p.getKey().substring("filter[q][".length(), p.getKey().length() - 1);
            String v = p.getValue();
            match = match.and(switch (predicate) {
                case "updated_at_gteq" -> e -> !e.getValue().isBefore(Instant.parse(v));
                case "updated_at_gt" -> e -> e.getValue().isAfter(Instant.parse(v));
                case "updated_at_lt" -> e -> e.getValue().isBefore(Instant.parse(v));
                case "updated_at_eq" -> e -> e.getValue().equals(Instant.parse(v));
                case "id_gt" -> e -> e.getKey().compareTo(v) > 0;
                default -> throw new AssertionError("unexpected predicate " + predicate);
            });
        }
        List<ObjectNode> page = store.entrySet().stream().filter(match)
                .sorted(Map.Entry.<String, Instant>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .limit(size)
                .map(e -> record(e.getKey(), e.getValue()))
                .toList();
        return ListPage.of(page, null, null, now);
    }

    private static ObjectNode record(String id, Instant updated) {
        ObjectNode r = JSON.createObjectNode();
        r.put("id", id).put("type", "skus");
        r.putObject("attributes").put("updated_at", Timestamps.format(updated));
        return r;
    }

    private KeysetPager<JsonApiQuery> pager(int pageSize) {
        return new KeysetPager<>(new RansackDialect("skus", new JsonApiQuery()), (q, first) -> answer(q), pageSize,
                Clock.fixed(now, ZoneOffset.UTC), Duration.ZERO);
    }

    /** Runs to the end, applying {@code betweenPages} after each page; returns the ids delivered in order. */
    private List<String> drain(KeysetPager<JsonApiQuery>.Run run, Runnable betweenPages) {
        List<String> ids = new ArrayList<>();
        while (run.hasNext()) {
            run.next().records().forEach(r -> ids.add(r.get("id").asText()));
            betweenPages.run();
        }
        return ids;
    }

    private static String id(int n) {
        return "id" + String.format("%08d", n);
    }

    @Test
    void aTieGroupLargerThanAPageIsPagedByIdAndNothingIsSkippedOrRepeated() {
        for (int i = 0; i < 60; i++) {
            store.put(id(i), T0); // a bulk import: one timestamp
        }
        for (int i = 60; i < 70; i++) {
            store.put(id(i), T0.plusSeconds(i));
        }
        List<String> ids = drain(pager(25).open(null, null), () -> { });
        assertThat(ids).hasSize(70).doesNotHaveDuplicates();
        assertThat(ids).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(queries).anyMatch(q -> q.contains("filter[q][updated_at_eq]") && q.contains("filter[q][id_gt]"));
        assertThat(queries).anyMatch(q -> q.contains("filter[q][updated_at_gt]="));
    }

    @Test
    void recordsChangingBetweenPagesAreDeliveredOnceInThisRunOrInTheNext() {
        for (int i = 0; i < 100; i++) {
            store.put(id(i), T0.plusSeconds(i));
        }
        int[] page = {0};
        KeysetPager<JsonApiQuery>.Run run = pager(25).open(null, null);
        List<String> first = drain(run, () -> {
            if (page[0]++ == 0) {
                // after page 1: one delivered record and one not yet delivered change, one is deleted
                store.put(id(3), now.minusSeconds(1).plusSeconds(10));
                store.put(id(60), now.plusSeconds(10));
                store.remove(id(70));
            }
        });
        assertThat(first).doesNotHaveDuplicates().contains(id(3)).doesNotContain(id(60), id(70)).hasSize(98);
        Watermark mark = run.position();
        now = now.plusSeconds(60);
        List<String> second = drain(pager(25).open(mark, null), () -> { });
        assertThat(second).containsExactly(id(3), id(60));
    }

    @Test
    void aStoredWatermarkInsideATieGroupResumesAfterIt() {
        for (int i = 0; i < 30; i++) {
            store.put(id(i), T0);
        }
        List<String> ids = drain(pager(25).open(new Watermark(Timestamps.format(T0), id(9)), null), () -> { });
        assertThat(ids).hasSize(20).first().isEqualTo(id(10));
    }

    @Test
    void sinceIsInclusiveAndTheUpperBoundIsTheServersClock() {
        store.put(id(1), T0.minusMillis(1));
        store.put(id(2), T0);
        store.put(id(3), now.plusSeconds(5)); // saved while the export runs: the next run's
        KeysetPager<JsonApiQuery>.Run run = pager(10).open(null, T0);
        assertThat(drain(run, () -> { })).containsExactly(id(2));
        assertThat(run.upperBound()).isEqualTo(now);
        assertThat(queries.get(0)).contains("filter[q][updated_at_gteq]=2024-03-01T10:00:00.000Z");
    }

    @Test
    void aServerThatIgnoresTheSortStopsTheExportInsteadOfSkipping() {
        KeysetPager<JsonApiQuery> pager = new KeysetPager<>(new RansackDialect("skus", new JsonApiQuery()),
                (q, first) -> ListPage.of(List.of(record("b", T0.plusSeconds(5)), record("a", T0)), null, null, now), 2,
                Clock.fixed(now, ZoneOffset.UTC), Duration.ZERO);
        assertThatThrownBy(() -> pager.open(null, null).next()).isInstanceOf(PagingException.class)
                .hasMessageContaining("out of (updated_at, id) order");
    }
}
