package com.commerceconnectors.sandbox.magento.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Snapshots of a table (entity-id order, plus sorted copies per indexed field) rebuilt lazily after a write, so a
 * paged export reads arrays instead of re-sorting the table for every page. A snapshot built while a write
 * happened is never kept.
 */
public final class IndexedRows<R> implements RowSource<R> {

    private final Supplier<Collection<R>> rows;
    private final Map<String, Comparator<R>> indexes;
    private final AtomicLong version = new AtomicLong();
    private volatile Snapshot<R> snapshot;

    private static final class Snapshot<R> {
        final long version;
        final List<R> byId;
        final Map<String, List<R>> sorted = new ConcurrentHashMap<>();

        Snapshot(long version, List<R> byId) {
            this.version = version;
            this.byId = byId;
        }
    }

    /**
     * @param rows    the live rows in entity-id order
     * @param indexes per field, the order of its index (must end with the entity id)
     */
    public IndexedRows(Supplier<Collection<R>> rows, Map<String, Comparator<R>> indexes) {
        this.rows = rows;
        this.indexes = Map.copyOf(indexes);
    }

    /** Called after every write. */
    public void invalidate() {
        version.incrementAndGet();
    }

    @Override
    public List<R> byId() {
        return current().byId;
    }

    @Override
    public Optional<List<R>> orderedBy(String field) {
        Comparator<R> order = indexes.get(field);
        if (order == null) {
            return Optional.empty();
        }
        Snapshot<R> current = current();
        return Optional.of(current.sorted.computeIfAbsent(field, f -> {
            List<R> copy = new ArrayList<>(current.byId);
            copy.sort(order);
            return List.copyOf(copy);
        }));
    }

    private Snapshot<R> current() {
        Snapshot<R> existing = snapshot;
        long now = version.get();
        if (existing != null && existing.version == now) {
            return existing;
        }
        Snapshot<R> fresh = new Snapshot<>(now, List.copyOf(rows.get()));
        if (version.get() == now) {
            snapshot = fresh;
        }
        return fresh;
    }
}
