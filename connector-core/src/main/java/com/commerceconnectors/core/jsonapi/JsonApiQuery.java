package com.commerceconnectors.core.jsonapi;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * JSON:API query parameters, in the order given, with bracketed family names ({@code filter[sku]},
 * {@code page[size]}, {@code fields[products]}) percent-encoded: Commerce Layer requires {@code [} and {@code ]}
 * encoded, and every server decodes them. Values are encoded the same way, keeping {@code ,} and {@code :} readable
 * (lists and scopes) and encoding {@code +} so a time zone offset is not read as a space.
 * <pre>{@code
 * new JsonApiQuery().filter("updatedAt", "gte", "2024-03-01T00:00:00Z").sort("updatedAt,id").page(1, 100)
 *   → filter%5BupdatedAt%5D%5Bgte%5D=2024-03-01T00:00:00Z&sort=updatedAt,id&page%5Bnumber%5D=1&page%5Bsize%5D=100
 * }</pre>
 */
public final class JsonApiQuery {

    private final List<Map.Entry<String, String>> params = new ArrayList<>();

    /** {@code filter[field]=value} */
    public JsonApiQuery filter(String field, String value) {
        return param("filter[" + field + "]", value);
    }

    /** {@code filter[field][operator]=value} (Oro's operators: eq, neq, gt, gte, lt, lte, …). */
    public JsonApiQuery filter(String field, String operator, String value) {
        return param("filter[" + field + "][" + operator + "]", value);
    }

    /** {@code page[number]=number&page[size]=size} */
    public JsonApiQuery page(int number, int size) {
        return param("page[number]", Integer.toString(number)).param("page[size]", Integer.toString(size));
    }

    /** {@code page[size]=size} alone. */
    public JsonApiQuery pageSize(int size) {
        return param("page[size]", Integer.toString(size));
    }

    /** {@code sort=a,-b}; nothing when blank. */
    public JsonApiQuery sort(String sort) {
        return optional("sort", sort);
    }

    /** {@code include=a,b.c}; nothing when blank. */
    public JsonApiQuery include(String include) {
        return optional("include", include);
    }

    /** {@code fields[type]=a,b}; nothing when blank. */
    public JsonApiQuery fields(String type, String fieldList) {
        return optional("fields[" + Objects.requireNonNull(type, "type") + "]", fieldList);
    }

    /** A parameter by its full, unencoded name, e.g. {@code filter[q][updated_at_gteq]}. */
    public JsonApiQuery param(String name, String value) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value of " + name);
        params.add(Map.entry(name, value));
        return this;
    }

    /** Whether a parameter of that (unencoded) name was added. */
    public boolean has(String name) {
        return params.stream().anyMatch(e -> e.getKey().equals(name));
    }

    public boolean isEmpty() {
        return params.isEmpty();
    }

    /** An independent copy to add to. */
    public JsonApiQuery copy() {
        JsonApiQuery copy = new JsonApiQuery();
        copy.params.addAll(params);
        return copy;
    }

    /** The encoded query string, without a leading {@code ?}; empty when there are no parameters. */
    public String toQueryString() {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, String> p : params) {
            if (out.length() > 0) {
                out.append('&');
            }
            encode(p.getKey(), out);
            out.append('=');
            encode(p.getValue(), out);
        }
        return out.toString();
    }

    private JsonApiQuery optional(String name, String value) {
        return value == null || value.isBlank() ? this : param(name, value.strip());
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private static void encode(String s, StringBuilder out) {
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '-' || c == '.' || c == '_' || c == '~' || c == ',' || c == ':') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
    }

    @Override
    public String toString() {
        return toQueryString();
    }
}
