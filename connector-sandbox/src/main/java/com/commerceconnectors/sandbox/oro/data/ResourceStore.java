package com.commerceconnectors.sandbox.oro.data;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.LongFunction;
import java.util.function.UnaryOperator;

/**
 * The rows of one resource type, by id (ids from 1, never reused). Reads see a consistent snapshot of each row;
 * writes are serialised so unique attributes stay unique.
 */
public final class ResourceStore {

    private final ResourceType type;
    private final ConcurrentSkipListMap<Long, Resource> rows = new ConcurrentSkipListMap<>();
    /** Unique attribute → value → id of the row holding it. */
    private final Map<String, Map<JsonNode, Long>> uniqueIndex = new HashMap<>();
    private long lastId;

    public ResourceStore(ResourceType type) {
        this.type = type;
    }

    public ResourceType type() {
        return type;
    }

    public Optional<Resource> find(long id) {
        return Optional.ofNullable(rows.get(id));
    }

    /** Every row in id order (a snapshot). */
    public List<Resource> all() {
        return new ArrayList<>(rows.values());
    }

    public int size() {
        return rows.size();
    }

    /**
     * Adds the row {@code factory} builds for the next id.
     *
     * @throws UniqueViolation when a unique attribute's value is already taken
     */
    public synchronized Resource insert(LongFunction<Resource> factory) {
        Resource row = factory.apply(lastId + 1);
        checkUnique(row);
        lastId = row.id();
        rows.put(row.id(), row);
        index(row);
        return row;
    }

    /**
     * Replaces a row with what {@code change} makes of it.
     *
     * @return the new row, or empty when there is no row with that id
     * @throws UniqueViolation when the change would duplicate a unique attribute's value
     */
    public synchronized Optional<Resource> update(long id, UnaryOperator<Resource> change) {
        Resource current = rows.get(id);
        if (current == null) {
            return Optional.empty();
        }
        Resource changed = change.apply(current);
        checkUnique(changed);
        unindex(current);
        rows.put(id, changed);
        index(changed);
        return Optional.of(changed);
    }

    public synchronized boolean delete(long id) {
        Resource removed = rows.remove(id);
        if (removed != null) {
            unindex(removed);
        }
        return removed != null;
    }

    public synchronized void clear() {
        rows.clear();
        uniqueIndex.clear();
    }

    private void checkUnique(Resource candidate) {
        for (String attribute : type.unique()) {
            JsonNode value = candidate.attribute(attribute);
            if (value.isMissingNode() || value.isNull()) {
                continue;
            }
            Long holder = uniqueIndex.getOrDefault(attribute, Map.of()).get(value);
            if (holder != null && holder != candidate.id()) {
                throw new UniqueViolation(attribute);
            }
        }
    }

    private void index(Resource row) {
        for (String attribute : type.unique()) {
            JsonNode value = row.attribute(attribute);
            if (!value.isMissingNode() && !value.isNull()) {
                uniqueIndex.computeIfAbsent(attribute, a -> new HashMap<>()).put(value, row.id());
            }
        }
    }

    private void unindex(Resource row) {
        for (String attribute : type.unique()) {
            Map<JsonNode, Long> values = uniqueIndex.get(attribute);
            if (values != null) {
                values.remove(row.attribute(attribute), row.id());
            }
        }
    }

    /** A write that would duplicate the value of a unique attribute. */
    public static final class UniqueViolation extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String attribute;

        UniqueViolation(String attribute) {
            super("duplicate " + attribute, null, false, false);
            this.attribute = attribute;
        }

        public String attribute() {
            return attribute;
        }
    }
}
