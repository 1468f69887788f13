package com.commerceconnectors.commercelayer.api;

import com.commerceconnectors.core.jsonapi.JsonApiQuery;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The endpoint options of a list, turned into JSON:API query parameters.
 * <ul>
 *   <li>{@code filter}: Commerce Layer's ransack predicates as {@code predicate=value} pairs separated by {@code ;},
 *       e.g. {@code code_start=TSHIRT;updated_at_gteq=2024-03-01T00:00:00Z} → {@code filter[q][code_start]=TSHIRT…}
 *       ({@code _in} takes a comma list);</li>
 *   <li>{@code fields}: {@code code,name} for the resource's own type, or {@code type:a,b} groups separated by
 *       {@code ;}, e.g. {@code skus:code,name;prices:amount_cents};</li>
 *   <li>{@code sort} and {@code include} as Commerce Layer takes them: {@code -updated_at}, {@code prices,stock_items}.</li>
 * </ul>
 */
public final class ListOptions {

    /** Ransack predicates: an attribute path and a matcher, e.g. code_start, updated_at_gteq, market_id_in. */
    private static final Pattern PREDICATE = Pattern.compile("[a-z][a-z0-9_]*");
    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9_]*");

    private ListOptions() {
    }

    /** Adds the filter's {@code filter[q][…]} parameters. */
    public static JsonApiQuery addFilter(JsonApiQuery query, String filter) {
        if (filter == null || filter.isBlank()) {
            return query;
        }
        for (String part : filter.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            String predicate = eq < 0 ? part.strip() : part.substring(0, eq).strip();
            if (eq < 0 || !PREDICATE.matcher(predicate).matches()) {
                throw new IllegalArgumentException("filter '" + part.strip() + "' is not of the form predicate=value:"
                        + " use Commerce Layer's ransack predicates, e.g. code_eq=TSHIRTMM, code_start=TSHIRT,"
                        + " updated_at_gteq=2024-03-01T00:00:00Z, status_in=placed,approved; separate several with ;");
            }
            query.param("filter[q][" + predicate + "]", part.substring(eq + 1).strip());
        }
        return query;
    }

    /** Adds the {@code fields[type]} parameters. */
    public static JsonApiQuery addFields(JsonApiQuery query, String fields, String ownType) {
        return addFields(query, fields, ownType, null);
    }

    /**
     * Adds the {@code fields[type]} parameters, with {@code required} added to the own type's list when that list
     * leaves it out (the export needs {@code updated_at} whatever the user asked for).
     */
    public static JsonApiQuery addFields(JsonApiQuery query, String fields, String ownType, String required) {
        if (fields == null || fields.isBlank()) {
            return query;
        }
        for (String group : fields.split(";")) {
            if (group.isBlank()) {
                continue;
            }
            int colon = group.indexOf(':');
            String type = colon < 0 ? ownType : group.substring(0, colon).strip();
            String list = colon < 0 ? group.strip() : group.substring(colon + 1).strip();
            if (!TYPE.matcher(type).matches() || list.isEmpty()) {
                throw new IllegalArgumentException("fields '" + group.strip() + "' is not of the form [type:]a,b:"
                        + " e.g. code,name or skus:code,name;prices:amount_cents");
            }
            if (required != null && type.equals(ownType) && !List.of(list.split(",")).contains(required)) {
                list = list + "," + required;
            }
            query.fields(type, list);
        }
        return query;
    }
}
