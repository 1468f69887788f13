package com.commerceconnectors.oro.api;

import com.commerceconnectors.core.jsonapi.JsonApiQuery;

import java.util.Set;

/**
 * The {@code filter} option: Oro filters as {@code field:value} or {@code field:operator:value}, several joined with
 * {@code ;} (Oro AND's them). A value keeps Oro's own syntax: {@code a,b} is an OR, {@code a..b} an inclusive range.
 * <pre>
 *   status:enabled;updatedAt:gte:2024-03-01T00:00:00Z;id:10..20   →
 *   filter[status]=enabled&amp;filter[updatedAt][gte]=2024-03-01T00:00:00Z&amp;filter[id]=10..20
 * </pre>
 * The operator is recognised only when it is one of Oro's, so a value may itself contain colons (a time).
 */
public final class FilterExpression {

    /** Oro's filter operators (api/filters.rst). */
    static final Set<String> OPERATORS = Set.of("eq", "neq", "lt", "lte", "gt", "gte", "exists", "neq_or_null",
            "contains", "not_contains", "starts_with", "not_starts_with", "ends_with", "not_ends_with", "empty");

    private FilterExpression() {
    }

    /**
     * Adds the expression's filters to {@code query}.
     *
     * @throws IllegalArgumentException naming the part that cannot be read and how to write it
     */
    public static JsonApiQuery addTo(JsonApiQuery query, String expression) {
        if (expression == null || expression.isBlank()) {
            return query;
        }
        for (String part : expression.split(";")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            int colon = p.indexOf(':');
            if (colon <= 0 || colon == p.length() - 1) {
                throw new IllegalArgumentException("filter part '" + p + "' is not field:value or field:operator:value"
                        + " (e.g. status:enabled or updatedAt:gte:2024-03-01T00:00:00Z); join parts with ;");
            }
            String field = p.substring(0, colon).strip();
            String rest = p.substring(colon + 1);
            int second = rest.indexOf(':');
            if (second > 0 && OPERATORS.contains(rest.substring(0, second).strip())) {
                String value = rest.substring(second + 1);
                if (value.isEmpty()) {
                    throw new IllegalArgumentException("filter part '" + p + "' has no value after its operator");
                }
                query.filter(field, rest.substring(0, second).strip(), value);
            } else {
                query.filter(field, rest);
            }
        }
        return query;
    }
}
