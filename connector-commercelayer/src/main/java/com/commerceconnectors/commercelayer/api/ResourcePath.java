package com.commerceconnectors.commercelayer.api;

import com.commerceconnectors.core.auth.oauth1.PercentEncoding;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A resource below {@code /api/}: a collection such as {@code skus} or {@code stock_items}, or a related collection
 * such as {@code orders/WLgbSXqyoZ/line_items}. Its JSON:API type is the last collection name.
 */
public final class ResourcePath {

    private static final Pattern PATH = Pattern.compile("[a-z][a-z0-9_]*(/[A-Za-z0-9_-]+)*");

    /** The attribute that identifies a record for upsert when none is configured: unique per resource. */
    private static final Map<String, String> KEY_ATTRIBUTES = Map.of(
            "skus", "code",
            "bundles", "code",
            "customers", "email",
            "orders", "number",
            "markets", "code",
            "price_lists", "code",
            "stock_locations", "code");

    private final String path;
    private final String type;

    private ResourcePath(String path, String type) {
        this.path = path;
        this.type = type;
    }

    /** @throws IllegalArgumentException when the name is blank or not a path of resource names and ids */
    public static ResourcePath of(String resource) {
        String p = resource == null ? "" : resource.strip();
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        if (p.startsWith("api/")) {
            p = p.substring(4);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        if (!PATH.matcher(p).matches()) {
            throw new IllegalArgumentException("'" + resource + "' is not a Commerce Layer resource: use a plural"
                    + " snake_case name such as skus, orders or stock_items (a related list such as"
                    + " orders/<id>/line_items also works)");
        }
        String[] segments = p.split("/");
        return new ResourcePath(p, segments.length % 2 == 1 ? segments[segments.length - 1] : segments[segments.length - 2]);
    }

    /** The path below {@code /api/}, e.g. {@code skus}. */
    public String path() {
        return path;
    }

    /** The JSON:API type of the records, e.g. {@code skus}. */
    public String type() {
        return type;
    }

    /** The path of one record of this collection. */
    public String recordPath(String id) {
        return path + "/" + PercentEncoding.encode(id);
    }

    /** The attribute upsert finds records by unless told otherwise: code for skus, email for customers, else reference. */
    public String defaultKeyAttribute() {
        return KEY_ATTRIBUTES.getOrDefault(type, "reference");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResourcePath r && r.path.equals(path);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path);
    }

    @Override
    public String toString() {
        return path;
    }
}
