package com.commerceconnectors.magento2.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Magento's {@code searchCriteria} query: filter groups (AND'ed) of filters (OR'ed within a group), sort orders and
 * paging, encoded the way every Magento version parses it.
 * <p>
 * Encoding: brackets are percent-encoded on the wire and spaces are {@code %20}, never {@code +} (Magento versions
 * disagree on what a literal {@code +} means). Parameters are written in a fixed order so the same criteria always
 * produce the same URL.
 */
public final class SearchCriteria {

    /** The condition types Magento's REST search understands. */
    public static final Set<String> CONDITION_TYPES = Set.of(
            "eq", "finset", "from", "gt", "gteq", "in", "like", "lt", "lteq", "moreq", "neq", "nfinset", "nin",
            "nlike", "notnull", "null", "to");

    /** One filter: {@code field condition value}. */
    public record Filter(String field, String conditionType, String value) {
        public Filter {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(conditionType, "conditionType");
            conditionType = conditionType.toLowerCase(Locale.ROOT);
            if (!CONDITION_TYPES.contains(conditionType)) {
                throw new IllegalArgumentException("unknown condition type '" + conditionType + "'; Magento knows "
                        + String.join(", ", CONDITION_TYPES.stream().sorted().toList()));
            }
            value = value == null ? "" : value;
        }
    }

    /** One sort key. */
    public record SortOrder(String field, boolean ascending) {
        public SortOrder {
            Objects.requireNonNull(field, "field");
        }
    }

    private final List<List<Filter>> groups;
    private final List<SortOrder> sortOrders;
    private final Integer pageSize;
    private final Integer currentPage;

    private SearchCriteria(List<List<Filter>> groups, List<SortOrder> sortOrders, Integer pageSize, Integer currentPage) {
        this.groups = groups;
        this.sortOrders = sortOrders;
        this.pageSize = pageSize;
        this.currentPage = currentPage;
    }

    public static SearchCriteria empty() {
        return new SearchCriteria(List.of(), List.of(), null, null);
    }

    /** Adds a group whose filters are OR'ed; the group is AND'ed with the others. */
    public SearchCriteria andAnyOf(Filter... filters) {
        if (filters.length == 0) {
            return this;
        }
        List<List<Filter>> g = new ArrayList<>(groups);
        g.add(List.of(filters));
        return new SearchCriteria(List.copyOf(g), sortOrders, pageSize, currentPage);
    }

    public SearchCriteria and(String field, String conditionType, String value) {
        return andAnyOf(new Filter(field, conditionType, value));
    }

    /** Appends every group of {@code other}; sort and paging stay this one's. */
    public SearchCriteria andAll(SearchCriteria other) {
        List<List<Filter>> g = new ArrayList<>(groups);
        g.addAll(other.groups);
        return new SearchCriteria(List.copyOf(g), sortOrders, pageSize, currentPage);
    }

    public SearchCriteria sortedBy(SortOrder... orders) {
        return new SearchCriteria(groups, List.of(orders), pageSize, currentPage);
    }

    public SearchCriteria page(int size, int current) {
        return new SearchCriteria(groups, sortOrders, size, current);
    }

    public List<List<Filter>> groups() {
        return groups;
    }

    public List<SortOrder> sortOrders() {
        return sortOrders;
    }

    public Integer pageSize() {
        return pageSize;
    }

    public Integer currentPage() {
        return currentPage;
    }

    /**
     * The encoded query string, without a leading {@code ?}. Magento needs at least one {@code searchCriteria}
     * parameter on search endpoints, so an empty criteria still writes {@code searchCriteria=}... unless a page is given.
     */
    public String toQueryString() {
        StringBuilder q = new StringBuilder();
        for (int i = 0; i < groups.size(); i++) {
            List<Filter> group = groups.get(i);
            for (int j = 0; j < group.size(); j++) {
                Filter f = group.get(j);
                String prefix = "searchCriteria[filter_groups][" + i + "][filters][" + j + "]";
                append(q, prefix + "[field]", f.field());
                append(q, prefix + "[value]", f.value());
                append(q, prefix + "[condition_type]", f.conditionType());
            }
        }
        for (int k = 0; k < sortOrders.size(); k++) {
            SortOrder s = sortOrders.get(k);
            append(q, "searchCriteria[sortOrders][" + k + "][field]", s.field());
            append(q, "searchCriteria[sortOrders][" + k + "][direction]", s.ascending() ? "ASC" : "DESC");
        }
        if (pageSize != null) {
            append(q, "searchCriteria[pageSize]", Integer.toString(pageSize));
        }
        if (currentPage != null) {
            append(q, "searchCriteria[currentPage]", Integer.toString(currentPage));
        }
        if (q.length() == 0) {
            // an empty searchCriteria is required by Magento's list endpoints
            append(q, "searchCriteria", "");
        }
        return q.toString();
    }

    private static void append(StringBuilder q, String name, String value) {
        if (q.length() > 0) {
            q.append('&');
        }
        q.append(encode(name)).append('=').append(encode(value));
    }

    static String encode(String s) {
        return PathSegments.encode(s);
    }

    @Override
    public String toString() {
        return "SearchCriteria[" + toQueryString() + "]";
    }
}
