package com.commerceconnectors.magento2.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses the compact filter and sort syntax of the endpoint options into {@link SearchCriteria}.
 * <ul>
 * <li>filter: {@code field:condition:value}, filters OR'ed with {@code |}, groups AND'ed with {@code ;}, e.g.
 * {@code status:eq:1;type_id:in:simple,virtual|sku:like:MB-%}. A backslash escapes {@code ; | \} in a value.</li>
 * <li>sort: {@code field[:asc|desc]} separated by commas, e.g. {@code updated_at:asc,entity_id}.</li>
 * </ul>
 */
public final class FilterExpression {

    private FilterExpression() {
    }

    public static SearchCriteria parseFilter(String expression) {
        SearchCriteria criteria = SearchCriteria.empty();
        if (expression == null || expression.isBlank()) {
            return criteria;
        }
        for (String group : split(expression, ';')) {
            if (group.isBlank()) {
                continue;
            }
            List<SearchCriteria.Filter> filters = new ArrayList<>();
            for (String f : split(group, '|')) {
                filters.add(parseOne(f.strip()));
            }
            criteria = criteria.andAnyOf(filters.toArray(SearchCriteria.Filter[]::new));
        }
        return criteria;
    }

    public static List<SearchCriteria.SortOrder> parseSort(String expression) {
        List<SearchCriteria.SortOrder> orders = new ArrayList<>();
        if (expression == null || expression.isBlank()) {
            return orders;
        }
        for (String part : expression.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            int colon = p.indexOf(':');
            String field = colon < 0 ? p : p.substring(0, colon);
            String dir = colon < 0 ? "asc" : p.substring(colon + 1).toLowerCase(Locale.ROOT);
            if (!dir.equals("asc") && !dir.equals("desc")) {
                throw new IllegalArgumentException("sort direction of '" + field + "' must be asc or desc, not '" + dir + "'");
            }
            orders.add(new SearchCriteria.SortOrder(field, dir.equals("asc")));
        }
        return orders;
    }

    private static SearchCriteria.Filter parseOne(String f) {
        int first = f.indexOf(':');
        int second = first < 0 ? -1 : f.indexOf(':', first + 1);
        if (first <= 0) {
            throw new IllegalArgumentException("filter '" + f + "' must look like field:condition:value (e.g. status:eq:1)");
        }
        String field = f.substring(0, first);
        String condition = second < 0 ? f.substring(first + 1) : f.substring(first + 1, second);
        String value = second < 0 ? "" : f.substring(second + 1);
        if (second < 0 && !condition.equals("null") && !condition.equals("notnull")) {
            throw new IllegalArgumentException("filter '" + f + "' has no value; write field:condition:value");
        }
        return new SearchCriteria.Filter(field, condition, value);
    }

    /**
     * Splits on {@code sep} outside backslash escapes. The outer level ({@code ;}) keeps every escape but its own
     * for the inner level; the inner level ({@code |}) removes them all.
     */
    private static List<String> split(String s, char sep) {
        boolean outer = sep == ';';
        List<String> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char next = s.charAt(i + 1);
                if (outer) {
                    if (next == ';') {
                        cur.append(next);
                    } else {
                        cur.append(c).append(next);
                    }
                } else {
                    cur.append(next);
                }
                i++;
            } else if (c == sep) {
                parts.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        parts.add(cur.toString());
        return parts;
    }
}
