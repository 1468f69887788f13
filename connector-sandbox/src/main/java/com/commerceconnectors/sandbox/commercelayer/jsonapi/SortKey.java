package com.commerceconnectors.sandbox.commercelayer.jsonapi;

import com.commerceconnectors.sandbox.commercelayer.store.Resource;

import java.util.Comparator;

/** One {@code sort} criterion: {@code updated_at} ascending, {@code -updated_at} descending. */
public record SortKey(String attribute, boolean descending) {

    /**
     * Orders resources by this key, with {@code null} last ascending and first descending, as PostgreSQL does.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Comparator<Resource> comparator() {
        Comparator<Comparable> values = Comparator.nullsLast(Comparator.<Comparable>naturalOrder());
        Comparator<Resource> ascending = Comparator.comparing(r -> (Comparable) r.value(attribute), values);
        return descending ? ascending.reversed() : ascending;
    }
}
