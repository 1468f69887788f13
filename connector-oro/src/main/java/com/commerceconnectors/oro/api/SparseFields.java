package com.commerceconnectors.oro.api;

import com.commerceconnectors.core.jsonapi.JsonApiQuery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code fields} option: JSON:API sparse fieldsets. {@code sku,names} limits the resource's own type;
 * {@code products:sku,names;users:username} names the types, e.g. for included resources.
 */
public final class SparseFields {

    private final Map<String, String> byType;

    private SparseFields(Map<String, String> byType) {
        this.byType = byType;
    }

    /** @throws IllegalArgumentException naming the part that cannot be read */
    public static SparseFields parse(String option, String ownType) {
        Map<String, String> byType = new LinkedHashMap<>();
        if (option != null && !option.isBlank()) {
            for (String part : option.split(";")) {
                String p = part.strip();
                if (p.isEmpty()) {
                    continue;
                }
                int colon = p.indexOf(':');
                String type = colon < 0 ? ownType : p.substring(0, colon).strip();
                String list = colon < 0 ? p : p.substring(colon + 1).strip();
                if (type.isEmpty() || list.isEmpty()) {
                    throw new IllegalArgumentException("fields part '" + p + "' is not a,b or type:a,b (e.g. sku,names or"
                            + " users:username,email); join parts with ;");
                }
                byType.merge(type, list, (a, b) -> a + "," + b);
            }
        }
        return new SparseFields(byType);
    }

    /** The same fieldsets with {@code field} added to {@code type}'s list when that list exists and lacks it. */
    public SparseFields including(String type, String field) {
        String list = byType.get(type);
        if (list == null || List.of(list.split(",")).stream().map(String::strip).anyMatch(field::equals)) {
            return this;
        }
        Map<String, String> copy = new LinkedHashMap<>(byType);
        copy.put(type, list + "," + field);
        return new SparseFields(copy);
    }

    public JsonApiQuery addTo(JsonApiQuery query) {
        byType.forEach(query::fields);
        return query;
    }

    public List<String> types() {
        return new ArrayList<>(byType.keySet());
    }
}
