package com.commerceconnectors.sandbox.magento.search;

import com.commerceconnectors.sandbox.magento.web.MagentoException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Runs a {@link SearchCriteria}: filter groups AND'ed, filters within a group OR'ed, then sort, then page. Ties in
 * the sort keys are broken by entity id so paging is deterministic (a real MySQL may order ties differently from
 * one query to the next; keyset paging is the client's defence).
 * <p>
 * Like a database it plans the access: when the sort is served by an index ({@code updated_at, entity_id} or the
 * entity id itself) rows are read in that order and no sort is needed, and a group that is a single lower bound on
 * the index's field ({@code updated_at >= W}) skips the rows before W by binary search. A keyset export therefore
 * costs one pass over the remaining rows per page, not a sort of the table.
 */
public final class SearchEngine {

    private static final Set<String> LOWER_BOUNDS = Set.of("gt", "gteq", "moreq", "from");

    private SearchEngine() {
    }

    public static <R> SearchPage<R> search(RowSource<R> source, SearchCriteria criteria, FieldCatalog<R> catalog,
                                           int storeId, PagingMode mode) {
        List<List<RowFilter<R>>> groups = new ArrayList<>();
        List<Filter> singleFilters = new ArrayList<>();
        compileGroups(criteria, catalog, groups, singleFilters);
        List<SortKey<R>> keys = sortKeys(criteria, catalog);
        Plan<R> plan = plan(source, keys);
        Range range = range(plan, groups, singleFilters, storeId);
        List<List<RowFilter<R>>> toTest = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            if (!range.satisfiedGroups().contains(g)) {
                toTest.add(groups.get(g));
            }
        }

        Integer pageSize = criteria.pageSize();
        boolean paged = pageSize != null && pageSize != 0;
        // Zend_Db's limitPage turns a non-positive row count into 1 and a page below 1 into page 1.
        int size = !paged ? 0 : pageSize < 0 ? 1 : pageSize;
        int page = criteria.currentPage() == null || criteria.currentPage() < 1 ? 1 : criteria.currentPage();
        long end = paged ? (long) page * size : Long.MAX_VALUE;

        List<R> matches = new ArrayList<>();
        int total = 0;
        List<R> rows = plan.rows;
        for (int i = range.from(); i < rows.size(); i++) {
            R row = rows.get(i);
            if (matchesAll(toTest, row, storeId)) {
                total++;
                if (!plan.presorted || matches.size() < end) {
                    matches.add(row);
                }
            }
        }
        if (!plan.presorted) {
            Comparator<R> order = comparator(keys, catalog, storeId);
            if (!paged) {
                matches.sort(order);
            } else {
                matches = smallest(matches, order, (int) Math.min(end, matches.size()));
            }
        }
        if (!paged) {
            return new SearchPage<>(matches, total);
        }
        long offset = (long) (page - 1) * size;
        if (offset >= total) {
            if (mode != PagingMode.REPEAT_LAST_PAGE || total == 0) {
                return new SearchPage<>(List.of(), total);
            }
            long lastPage = (total + (long) size - 1) / size;
            offset = (lastPage - 1) * size;
        }
        int to = (int) Math.min(total, offset + size);
        return new SearchPage<>(new ArrayList<>(matches.subList((int) offset, to)), total);
    }

    private record SortKey<R>(FieldDef<R> field, boolean ascending) {
    }

    /** Where in the plan's rows the scan starts, and the groups every row from there on satisfies. */
    private record Range(int from, Set<Integer> satisfiedGroups) {
    }

    private record Plan<R>(List<R> rows, boolean presorted, String indexField) {
    }

    private static <R> void compileGroups(SearchCriteria criteria, FieldCatalog<R> catalog,
                                          List<List<RowFilter<R>>> groups, List<Filter> singleFilters) {
        for (FilterGroup group : criteria.filterGroups()) {
            List<RowFilter<R>> filters = new ArrayList<>();
            for (Filter filter : group.filters()) {
                FieldDef<R> field = catalog.find(filter.field())
                        .orElseThrow(() -> catalog.unknownFilterField(filter.field()));
                if (field.type() == FieldType.BROKEN) {
                    throw MagentoException.internalError();
                }
                filters.add(ConditionCompiler.compile(filter, field));
            }
            if (!filters.isEmpty()) {
                groups.add(filters);
                singleFilters.add(filters.size() == 1 ? group.filters().get(0) : null);
            }
        }
    }

    private static <R> List<SortKey<R>> sortKeys(SearchCriteria criteria, FieldCatalog<R> catalog) {
        List<SortKey<R>> keys = new ArrayList<>();
        if (criteria.sortOrders() == null) {
            return keys;
        }
        for (SortOrder sort : criteria.sortOrders()) {
            if (sort.field() == null) {
                continue;
            }
            Optional<FieldDef<R>> field = catalog.find(sort.field());
            if (field.isEmpty()) {
                catalog.unknownSortField(sort.field());
                continue;
            }
            keys.add(new SortKey<>(field.get(), sort.ascending()));
        }
        return keys;
    }

    /** Reads rows in an order that already satisfies the sort when one exists. */
    private static <R> Plan<R> plan(RowSource<R> source, List<SortKey<R>> keys) {
        boolean byIdOnly = keys.isEmpty()
                || (keys.size() == 1 && isEntityIdAscending(keys.get(0)));
        if (byIdOnly) {
            return new Plan<>(source.byId(), true, "entity_id");
        }
        SortKey<R> first = keys.get(0);
        boolean tieByIdOnly = keys.size() == 1 || (keys.size() == 2 && isEntityIdAscending(keys.get(1)));
        if (first.ascending() && tieByIdOnly) {
            Optional<List<R>> index = source.orderedBy(first.field().name());
            if (index.isPresent()) {
                return new Plan<>(index.get(), true, first.field().name());
            }
        }
        return new Plan<>(source.byId(), false, null);
    }

    private static <R> boolean isEntityIdAscending(SortKey<R> key) {
        return key.ascending() && key.field().name().equals("entity_id");
    }

    /**
     * The first row that can match: a group that is one lower bound on the index's field is false for a prefix of
     * the index and true after it (NULLs sort first and never match), so binary search finds where to start, and
     * the group need not be tested again.
     */
    private static <R> Range range(Plan<R> plan, List<List<RowFilter<R>>> groups, List<Filter> singleFilters,
                                   int storeId) {
        if (plan.indexField() == null || !plan.presorted()) {
            return new Range(0, Set.of());
        }
        int from = 0;
        Set<Integer> satisfied = new HashSet<>();
        for (int g = 0; g < groups.size(); g++) {
            Filter filter = singleFilters.get(g);
            if (filter == null || !plan.indexField().equals(filter.field()) || filter.value() == null
                    || !LOWER_BOUNDS.contains(filter.effectiveCondition())) {
                continue;
            }
            RowFilter<R> bound = groups.get(g).get(0);
            int low = 0;
            int high = plan.rows().size();
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (bound.test(plan.rows().get(mid), storeId)) {
                    high = mid;
                } else {
                    low = mid + 1;
                }
            }
            from = Math.max(from, low);
            satisfied.add(g);
        }
        return new Range(from, satisfied);
    }

    private static <R> Comparator<R> comparator(List<SortKey<R>> keys, FieldCatalog<R> catalog, int storeId) {
        Comparator<R> order = null;
        for (SortKey<R> key : keys) {
            FieldReader<R> reader = key.field().reader();
            FieldType type = key.field().type();
            Comparator<R> one = (a, b) -> SqlValues.compareColumn(type, reader.read(a, storeId),
                    reader.read(b, storeId));
            if (!key.ascending()) {
                one = one.reversed();
            }
            order = order == null ? one : order.thenComparing(one);
        }
        Comparator<R> byId = Comparator.comparingLong(catalog::id);
        return order == null ? byId : order.thenComparing(byId);
    }

    private static <R> boolean matchesAll(List<List<RowFilter<R>>> groups, R row, int storeId) {
        for (List<RowFilter<R>> group : groups) {
            boolean any = false;
            for (RowFilter<R> filter : group) {
                if (filter.test(row, storeId)) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    /** The first {@code count} rows in {@code order}, sorted; a bounded heap when that is a small part. */
    private static <R> List<R> smallest(List<R> rows, Comparator<R> order, int count) {
        if (count > rows.size() / 4) {
            List<R> sorted = new ArrayList<>(rows);
            sorted.sort(order);
            return sorted.subList(0, count);
        }
        PriorityQueue<R> heap = new PriorityQueue<>(Math.max(1, count), order.reversed());
        for (R row : rows) {
            if (heap.size() < count) {
                heap.add(row);
            } else if (count > 0 && order.compare(row, heap.peek()) < 0) {
                heap.poll();
                heap.add(row);
            }
        }
        List<R> sorted = new ArrayList<>(heap);
        sorted.sort(order);
        return sorted;
    }
}
