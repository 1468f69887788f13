package com.commerceconnectors.sandbox.commercelayer.jsonapi;

import com.commerceconnectors.sandbox.commercelayer.store.Resource;

import java.util.Comparator;

/**
 * One {@code sort} criterion: {@code updated_at} ascending, {@code -updated_at} descending; {@code id} sorts under
 * the API's {@link IdCollation}.
 */
public record SortKey(String attribute, boolean descending, IdCollation idCollation) {

    /**
     * Orders resources by this key, with {@code null} last ascending and first descending, as PostgreSQL does.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Comparator<Resource> comparator() {
        Comparator<Resource> ascending;
        if (attribute.equals("id")) {
            ascending = Comparator.comparing(Resource::id, idCollation.order());
        } else {
            Comparator<Comparable> values = Comparator.nullsLast(Comparator.<Comparable>naturalOrder());
            ascending = Comparator.comparing(r -> (Comparable) r.value(attribute), values);
        }
        return descending ? ascending.reversed() : ascending;
    }
}
