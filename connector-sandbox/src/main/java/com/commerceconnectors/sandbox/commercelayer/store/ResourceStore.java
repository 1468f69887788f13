package com.commerceconnectors.sandbox.commercelayer.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Every resource of the emulated organization, by type and id, in insertion order. One lock guards everything:
 * the emulator's data is small, and a single lock makes "check the unique code, then insert" atomic.
 * <p>
 * Lookups by attribute value ({@link #where}) and by stored link ({@link #linkedTo}) build an index for that
 * (type, name) on first use and keep it up to date on every write, so resolving the prices of a page of SKUs does
 * not scan every price once per SKU.
 */
public final class ResourceStore {

    private record IndexKey(String type, String name) {
    }

    private final Map<String, LinkedHashMap<String, Resource>> byType = new HashMap<>();
    private final Map<IndexKey, Map<Object, Set<String>>> attributeIndexes = new HashMap<>();
    private final Map<IndexKey, Map<Object, Set<String>>> linkIndexes = new HashMap<>();
    private final IdGenerator ids = new IdGenerator(20240301L);

    /** A new id, unused by any resource of any type. */
    public synchronized String newId() {
        while (true) {
            String id = ids.next();
            boolean used = byType.values().stream().anyMatch(resources -> resources.containsKey(id));
            if (!used) {
                return id;
            }
        }
    }

    /** Inserts a resource, or replaces the one with its type and id (keeping its place in the order). */
    public synchronized void put(Resource resource) {
        Resource old = byType.computeIfAbsent(resource.type(), t -> new LinkedHashMap<>())
                .put(resource.id(), resource);
        reindex(resource.type(), resource.id(), old, resource);
    }

    public synchronized Optional<Resource> find(String type, String id) {
        Map<String, Resource> resources = byType.get(type);
        return resources == null ? Optional.empty() : Optional.ofNullable(resources.get(id));
    }

    /** A snapshot of every resource of a type, oldest first. */
    public synchronized List<Resource> all(String type) {
        Map<String, Resource> resources = byType.get(type);
        return resources == null ? List.of() : new ArrayList<>(resources.values());
    }

    /** The resources of a type whose attribute equals {@code value}, in the order they were indexed. */
    public synchronized List<Resource> where(String type, String attribute, Object value) {
        Map<Object, Set<String>> index = attributeIndexes.computeIfAbsent(new IndexKey(type, attribute),
                key -> build(type, r -> r.value(attribute)));
        return resolve(type, index.get(value));
    }

    /** The resources of a type whose stored link {@code link} names {@code id}. */
    public synchronized List<Resource> linkedTo(String type, String link, String id) {
        Map<Object, Set<String>> index = linkIndexes.computeIfAbsent(new IndexKey(type, link),
                key -> build(type, r -> r.links().get(link)));
        return resolve(type, index.get(id));
    }

    public synchronized int count(String type) {
        Map<String, Resource> resources = byType.get(type);
        return resources == null ? 0 : resources.size();
    }

    public synchronized Optional<Resource> remove(String type, String id) {
        Map<String, Resource> resources = byType.get(type);
        Resource removed = resources == null ? null : resources.remove(id);
        if (removed != null) {
            reindex(type, id, removed, null);
        }
        return Optional.ofNullable(removed);
    }

    /** Runs {@code action} holding the store's lock, for read-check-write sequences. */
    public synchronized <T> T atomically(Supplier<T> action) {
        return action.get();
    }

    /** Counts by type, for diagnostics. */
    public synchronized Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        byType.forEach((type, resources) -> counts.put(type, resources.size()));
        return counts;
    }

    private Map<Object, Set<String>> build(String type, Function<Resource, Object> key) {
        Map<Object, Set<String>> index = new HashMap<>();
        for (Resource resource : all(type)) {
            Object value = key.apply(resource);
            if (value != null) {
                index.computeIfAbsent(value, v -> new LinkedHashSet<>()).add(resource.id());
            }
        }
        return index;
    }

    private List<Resource> resolve(String type, Set<String> matching) {
        if (matching == null || matching.isEmpty()) {
            return List.of();
        }
        Map<String, Resource> resources = byType.get(type);
        List<Resource> result = new ArrayList<>(matching.size());
        for (String id : matching) {
            result.add(resources.get(id));
        }
        return result;
    }

    private void reindex(String type, String id, Resource old, Resource current) {
        attributeIndexes.forEach((key, index) -> {
            if (key.type().equals(type)) {
                move(index, id, old == null ? null : old.value(key.name()),
                        current == null ? null : current.value(key.name()));
            }
        });
        linkIndexes.forEach((key, index) -> {
            if (key.type().equals(type)) {
                move(index, id, old == null ? null : old.links().get(key.name()),
                        current == null ? null : current.links().get(key.name()));
            }
        });
    }

    private static void move(Map<Object, Set<String>> index, String id, Object from, Object to) {
        if (Objects.equals(from, to) && to != null) {
            return;
        }
        if (from != null) {
            Set<String> ids = index.get(from);
            if (ids != null) {
                ids.remove(id);
                if (ids.isEmpty()) {
                    index.remove(from);
                }
            }
        }
        if (to != null) {
            index.computeIfAbsent(to, v -> new LinkedHashSet<>()).add(id);
        }
    }
}
