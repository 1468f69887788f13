package com.commerceconnectors.sandbox.oro.query;

import java.util.Set;

/**
 * How the emulated Oro reads a query string: paging limits, the syntax of the Oro version, whether only configured
 * sorters and filters exist, and the misbehaviours of a server that ignores its sort or some filters (reads only).
 *
 * @param defaultPageSize  {@code page[size]} when none is given
 * @param maxPageSize      the largest {@code page[size]} accepted
 * @param symbolOperators  whether {@code filter[id]>=5} is read as an operator (Oro 6.0 and before) or not (6.1)
 * @param datetimeSyntax   the date-time values filters accept
 * @param configuredOnly   whether only the sorters and filters Oro configures exist, or every scalar attribute's
 * @param ignoreSort       a misbehaving read: the sort is validated but not applied
 * @param ignoredFilters   a misbehaving read: filters on these fields are validated but not applied
 */
public record QueryRules(int defaultPageSize, int maxPageSize, boolean symbolOperators, DatetimeSyntax datetimeSyntax,
                         boolean configuredOnly, boolean ignoreSort, Set<String> ignoredFilters) {

    public QueryRules {
        ignoredFilters = Set.copyOf(ignoredFilters);
    }

    /** The same rules without paging, for {@code delete_list}, and without misbehaviour: a delete is never sloppy. */
    public QueryRules unpagedAndExact() {
        return new QueryRules(-1, Integer.MAX_VALUE, symbolOperators, datetimeSyntax, configuredOnly, false, Set.of());
    }
}
