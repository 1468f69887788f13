package com.commerceconnectors.magento2.api;

import com.commerceconnectors.connection.Auth;
import com.commerceconnectors.connection.OAuth1Auth;
import com.commerceconnectors.core.auth.oauth1.PercentEncoding;
import com.commerceconnectors.core.error.ApiException;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Magento's {@code searchCriteria} query: filter groups (AND'ed) of filters (OR'ed within a group), sort orders and
 * paging, encoded the way every Magento version parses it.
 * <p>
 * Encoding: brackets are percent-encoded on the wire and spaces are {@code %20}, never {@code +} (Magento versions
 * disagree on what a literal {@code +} means). Parameters are written in a fixed order so the same criteria always
 * produce the same URL.
 * <p>
 * <b>At most ten of each with OAuth 1.0a.</b> Magento 2.4.4–2.4.6 (Laminas\OAuth) and the 2024 {@code Hmac256}
 * helper sort the signed parameters with PHP's natural order ({@code strnatcmp}), so {@code …[filter_groups][2]…}
 * comes before {@code …[filter_groups][10]…}; RFC 5849, which our signer follows, sorts bytes and puts {@code [10]}
 * first. Any query with an index of 10 or more — an 11th filter group, an 11th filter in one group, an 11th sort
 * order — therefore gets "The signature is invalid" from those versions, which reads like wrong credentials.
 * {@link #indexOverflow()} finds such criteria and {@link #requireOAuthSafe(SearchCriteria, Auth)} refuses them for
 * {@code oauth1} connections before anything is sent. Other auth types are not signed and are not limited. Rewrite
 * long criteria with fewer entries: {@code in}/{@code nin} take a comma-separated list where several {@code eq}
 * filters would be OR'ed.
 */
public final class SearchCriteria {

    /**
     * The most filter groups, filters per group or sort orders that every Magento version verifies in the same order
     * as the RFC: indexes 0–9.
     */
    public static final int OAUTH_SAFE_ENTRIES = 10;

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
     * What makes these criteria produce an index of {@value #OAUTH_SAFE_ENTRIES} or more, in words (e.g. "12 filter
     * groups"), or empty when every index stays below it. See the class comment for why that matters with OAuth 1.0a.
     */
    public Optional<String> indexOverflow() {
        List<String> over = new ArrayList<>();
        if (groups.size() > OAUTH_SAFE_ENTRIES) {
            over.add(groups.size() + " filter groups");
        }
        for (int i = 0; i < groups.size(); i++) {
            if (groups.get(i).size() > OAUTH_SAFE_ENTRIES) {
                over.add(groups.get(i).size() + " filters in filter group " + i);
            }
        }
        if (sortOrders.size() > OAUTH_SAFE_ENTRIES) {
            over.add(sortOrders.size() + " sort orders");
        }
        return over.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", over));
    }

    /** Whether every index stays below {@value #OAUTH_SAFE_ENTRIES}, so every Magento version verifies the signature. */
    public boolean oauthSafe() {
        return indexOverflow().isEmpty();
    }

    /**
     * Refuses criteria that Magento 2.4.4–2.4.6 cannot verify when the connection signs with OAuth 1.0a; any other
     * auth passes. Call it before the first request of a search or export, with the complete criteria as sent (the
     * export's own keyset filter groups and sort orders included).
     *
     * @throws ApiException (CONFIGURATION) naming what is too long and how to shorten it
     */
    public static void requireOAuthSafe(SearchCriteria criteria, Auth auth) {
        if (!(auth instanceof OAuth1Auth)) {
            return;
        }
        Optional<String> overflow = criteria.indexOverflow();
        if (overflow.isPresent()) {
            throw ApiException.configuration("The search has " + overflow.get() + "; with OAuth 1.0a (auth type oauth1)"
                            + " Magento 2.4.4 to 2.4.6 refuse the signature of any search with more than "
                            + OAUTH_SAFE_ENTRIES + " filter groups, filters in one group or sort orders",
                    "Shorten the filter: combine eq filters on one field into one 'in' filter (field:in:a,b,c),"
                            + " and sort by fewer fields");
        }
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
        q.append(PercentEncoding.encode(name)).append('=').append(PercentEncoding.encode(value));
    }

    @Override
    public String toString() {
        return "SearchCriteria[" + toQueryString() + "]";
    }
}
