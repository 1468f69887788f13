package com.commerceconnectors.sandbox.magento.search;

import java.util.List;

/** Filters OR'ed together; groups are AND'ed. */
public record FilterGroup(List<Filter> filters) {

    public FilterGroup {
        filters = List.copyOf(filters);
    }
}
