package com.commerceconnectors.sandbox.magento.catalog;

import com.commerceconnectors.sandbox.magento.search.IndexedRows;
import com.commerceconnectors.sandbox.magento.search.RowSource;
import com.commerceconnectors.sandbox.magento.web.MagentoTime;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;

/**
 * The product table, kept in entity-id order (what a search iterates), with a case-insensitive SKU index (MySQL
 * compares SKUs case-insensitively, so {@code abc} finds {@code ABC}). Rows are immutable {@link Product}s; writes
 * are serialised, reads never block.
 * <p>
 * The public methods are the hooks tests use to change data mid-run: {@link #insert}, {@link #update},
 * {@link #touch}, {@link #delete}, {@link #seed}.
 */
public final class ProductCatalog {

    private final ConcurrentSkipListMap<Long, Product> byId = new ConcurrentSkipListMap<>();
    private final Map<String, Long> bySku = new ConcurrentHashMap<>();
    private final AtomicLong lastId = new AtomicLong();
    private final AtomicLong seeded = new AtomicLong();
    private final IndexedRows<Product> indexed = new IndexedRows<>(byId::values, Map.of(
            "updated_at", timeOrder(true), "created_at", timeOrder(false)));
    private final Clock clock;
    private final BooleanSupplier uniqueUrlKeys;

    /** @param uniqueUrlKeys whether REST saves refuse a URL key another product has in the same store */
    public ProductCatalog(Clock clock, BooleanSupplier uniqueUrlKeys) {
        this.clock = clock;
        this.uniqueUrlKeys = uniqueUrlKeys;
    }

    public int size() {
        return byId.size();
    }

    public Optional<Product> find(String sku) {
        Long id = sku == null ? null : bySku.get(key(sku));
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }

    public Optional<Product> findById(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every product in entity-id order (a snapshot). */
    public List<Product> all() {
        return new ArrayList<>(byId.values());
    }

    /** What searches read: snapshots in entity-id order and ordered by {@code updated_at}/{@code created_at}. */
    public RowSource<Product> source() {
        return indexed;
    }

    /**
     * Adds a product. An id of 0 gets the next entity id; missing timestamps get the sandbox clock's now.
     *
     * @throws IllegalArgumentException when the SKU or the id is taken
     */
    public synchronized Product insert(Product product) {
        if (bySku.containsKey(key(product.sku()))) {
            throw new IllegalArgumentException("a product with SKU '" + product.sku() + "' exists already");
        }
        long id = product.id() == 0 ? lastId.incrementAndGet() : product.id();
        if (byId.containsKey(id)) {
            throw new IllegalArgumentException("a product with id " + id + " exists already");
        }
        lastId.accumulateAndGet(id, Math::max);
        LocalDateTime now = MagentoTime.now(clock);
        Product stored = product.withId(id)
                .withCreatedAt(product.createdAt() == null ? now : product.createdAt())
                .withUpdatedAt(product.updatedAt() == null ? now : product.updatedAt());
        put(stored);
        return stored;
    }

    /**
     * Replaces a product by the result of {@code change} (its id is kept; the SKU may change). Timestamps change
     * only if {@code change} changes them.
     */
    public synchronized Optional<Product> update(String sku, UnaryOperator<Product> change) {
        Optional<Product> current = find(sku);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        Product changed = change.apply(current.get()).withId(current.get().id());
        if (!key(changed.sku()).equals(key(current.get().sku()))) {
            if (bySku.containsKey(key(changed.sku()))) {
                throw new IllegalArgumentException("a product with SKU '" + changed.sku() + "' exists already");
            }
            bySku.remove(key(current.get().sku()));
        }
        put(changed);
        return Optional.of(changed);
    }

    /** Sets {@code updated_at}, e.g. to make a record reappear in an incremental export. */
    public Optional<Product> touch(String sku, Instant updatedAt) {
        return update(sku, p -> p.withUpdatedAt(MagentoTime.of(updatedAt)));
    }

    /** Sets {@code updated_at} to the sandbox clock's now. */
    public Optional<Product> touch(String sku) {
        return touch(sku, clock.instant());
    }

    public synchronized boolean delete(String sku) {
        Long id = bySku.remove(key(sku));
        if (id == null) {
            return false;
        }
        byId.remove(id);
        indexed.invalidate();
        return true;
    }

    /**
     * Adds {@code count} generated products (see {@link ProductSeeder}); the same sequence of calls on a fresh
     * sandbox always yields the same data.
     */
    public synchronized List<Product> seed(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("cannot seed a negative number of products");
        }
        List<Product> added = new ArrayList<>(count);
        long first = seeded.get() + 1;
        for (long index = first; index < first + count; index++) {
            added.add(insert(ProductSeeder.product(index)));
        }
        seeded.addAndGet(count);
        return added;
    }

    /** How many products belong to a category (directly). */
    public int countInCategory(long categoryId) {
        String id = Long.toString(categoryId);
        int count = 0;
        for (Product product : byId.values()) {
            if (product.categoryIds().contains(id)) {
                count++;
            }
        }
        return count;
    }

    /** Saves through the REST API (create or update by SKU); see {@link ProductWriter}. */
    synchronized ProductWriter.Outcome save(ProductInput input, int storeId) {
        Optional<Product> existing = input.sku() == null ? Optional.empty() : find(input.sku());
        ProductWriter.Outcome outcome = ProductWriter.apply(existing.orElse(null), input, storeId,
                MagentoTime.now(clock));
        Product product = outcome.product();
        boolean keySent = input.customAttributes() != null && input.customAttributes().containsKey(UrlKeys.ATTRIBUTE);
        if (uniqueUrlKeys.getAsBoolean() && (outcome.created() || keySent)) {
            UrlKeys.requireUnique(product, storeId, byId.values());
        }
        if (existing.isEmpty()) {
            product = insert(product);
        } else {
            put(product);
        }
        return new ProductWriter.Outcome(product, outcome.created());
    }

    private void put(Product product) {
        byId.put(product.id(), product);
        bySku.put(key(product.sku()), product.id());
        indexed.invalidate();
    }

    private static Comparator<Product> timeOrder(boolean updated) {
        Comparator<Product> time = Comparator.comparing(updated ? Product::updatedAt : Product::createdAt,
                Comparator.nullsFirst(Comparator.naturalOrder()));
        return time.thenComparingLong(Product::id);
    }

    private static String key(String sku) {
        return sku.toLowerCase(Locale.ROOT);
    }
}
