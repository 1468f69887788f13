package com.commerceconnectors.sandbox.commercelayer.jsonapi;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A parsed, validated query string of a collection or resource request.
 *
 * @param page       the page asked for (defaults applied)
 * @param conditions the ransack conditions, all of which must hold
 * @param sort       the sort keys, in order (empty: the default order)
 * @param includes   the relationships to include
 * @param fields     sparse fieldsets by type; a type absent here shows every field
 */
public record ResourceQuery(PageRequest page, List<Condition> conditions, List<SortKey> sort, Includes includes,
                            Map<String, Set<String>> fields) {

    public ResourceQuery {
        conditions = List.copyOf(conditions);
        sort = List.copyOf(sort);
        fields = Map.copyOf(fields);
    }

    /** Whether {@code field} of {@code type} is shown under the sparse fieldsets. */
    public boolean shows(String type, String field) {
        Set<String> only = fields.get(type);
        return only == null || only.contains(field);
    }
}
