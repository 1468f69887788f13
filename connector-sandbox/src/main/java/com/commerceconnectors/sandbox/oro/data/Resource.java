package com.commerceconnectors.sandbox.oro.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One stored resource: its type, integer id, attribute values (a private copy) and relationships as lists of
 * related ids (at most one for a to-one relationship, none for a null one). Immutable: writes replace it.
 */
public final class Resource {

    private final String type;
    private final long id;
    private final ObjectNode attributes;
    private final Map<String, List<Long>> relationships;

    public Resource(String type, long id, ObjectNode attributes, Map<String, List<Long>> relationships) {
        this.type = type;
        this.id = id;
        this.attributes = attributes.deepCopy();
        Map<String, List<Long>> copy = new LinkedHashMap<>();
        relationships.forEach((name, ids) -> copy.put(name, List.copyOf(ids)));
        this.relationships = Collections.unmodifiableMap(copy);
    }

    public String type() {
        return type;
    }

    public long id() {
        return id;
    }

    /** A copy: changing it changes nothing stored. */
    public ObjectNode attributes() {
        return attributes.deepCopy();
    }

    /** Reads one attribute without copying the whole set. */
    public JsonNode attribute(String name) {
        return attributes.path(name);
    }

    public Map<String, List<Long>> relationships() {
        return relationships;
    }

    public List<Long> related(String relation) {
        return relationships.getOrDefault(relation, List.of());
    }

    @Override
    public String toString() {
        return type + "#" + id;
    }
}
