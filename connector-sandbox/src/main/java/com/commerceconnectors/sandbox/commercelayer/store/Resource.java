package com.commerceconnectors.sandbox.commercelayer.store;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One stored resource: its type, id, attribute values ({@code String}, {@code Long}, {@code Boolean},
 * {@code Instant} or a JSON object as {@code Map}; {@code null} allowed) and the ids of the resources its stored
 * to-one relationships point at. Immutable: writes replace the whole value.
 */
public record Resource(String type, String id, Map<String, Object> attributes, Map<String, String> links) {

    public static final String CREATED_AT = "created_at";
    public static final String UPDATED_AT = "updated_at";

    public Resource {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        links = Map.copyOf(links);
    }

    /** The value of an attribute, or the id for {@code "id"}. */
    public Object value(String name) {
        return "id".equals(name) ? id : attributes.get(name);
    }

    public String string(String name) {
        Object value = value(name);
        return value == null ? null : value.toString();
    }

    public Instant updatedAt() {
        return (Instant) attributes.get(UPDATED_AT);
    }

    public Instant createdAt() {
        return (Instant) attributes.get(CREATED_AT);
    }

    /** A copy with some attributes replaced (a {@code null} value clears one). */
    public Resource with(Map<String, Object> changes) {
        Map<String, Object> copy = new LinkedHashMap<>(attributes);
        copy.putAll(changes);
        return new Resource(type, id, copy, links);
    }

    public Resource withLinks(Map<String, String> changes) {
        Map<String, String> copy = new LinkedHashMap<>(links);
        copy.putAll(changes);
        return new Resource(type, id, attributes, copy);
    }

    public Resource touchedAt(Instant at) {
        Map<String, Object> copy = new LinkedHashMap<>(attributes);
        copy.put(UPDATED_AT, at);
        return new Resource(type, id, copy, links);
    }
}
