package com.commerceconnectors.sandbox.magento.catalog;

import com.commerceconnectors.sandbox.magento.search.IndexedRows;
import com.commerceconnectors.sandbox.magento.search.RowSource;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/** The category tree: Root Catalog (1) → Default Category (2) → the demo categories, in id order. */
public final class CategoryTree {

    public static final long ROOT_CATALOG = 1;
    public static final long DEFAULT_ROOT = 2;

    private final ConcurrentSkipListMap<Long, Category> byId = new ConcurrentSkipListMap<>();
    private final IndexedRows<Category> indexed = new IndexedRows<>(byId::values, Map.of());

    public CategoryTree() {
        LocalDateTime created = ProductSeeder.BASE.minusDays(30);
        add(new Category(ROOT_CATALOG, 0, "Root Catalog", true, 0, 0, true, null, created, created));
        add(new Category(DEFAULT_ROOT, ROOT_CATALOG, "Default Category", true, 1, 1, true, null, created, created));
        child(3, DEFAULT_ROOT, "Gear", 1, created);
        child(4, 3, "Bags", 1, created);
        child(5, 3, "Fitness Equipment", 2, created);
        child(6, 3, "Watches", 3, created);
        child(7, DEFAULT_ROOT, "Men", 2, created);
        child(8, DEFAULT_ROOT, "Women", 3, created);
        child(9, DEFAULT_ROOT, "Sale", 4, created.plusDays(10));
    }

    public Optional<Category> find(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** What searches read. */
    public RowSource<Category> source() {
        return indexed;
    }

    public List<Category> children(long parentId) {
        List<Category> children = new ArrayList<>();
        for (Category category : byId.values()) {
            if (category.parentId() == parentId && category.id() != parentId) {
                children.add(category);
            }
        }
        children.sort(Comparator.comparingInt(Category::position).thenComparingLong(Category::id));
        return children;
    }

    /** {@code 1/2/3}: the ids from the root down to the category. */
    public String path(Category category) {
        List<String> ids = new ArrayList<>();
        Category current = category;
        int guard = 0;
        while (current != null && guard++ < 64) {
            ids.add(0, Long.toString(current.id()));
            current = current.parentId() == 0 ? null : byId.get(current.parentId());
        }
        return String.join("/", ids);
    }

    /** Adds or replaces a category (a hook for tests). */
    public Category add(Category category) {
        if (category.id() != ROOT_CATALOG && !byId.containsKey(category.parentId())) {
            throw new IllegalArgumentException("category " + category.id() + " names a parent that does not exist: "
                    + category.parentId());
        }
        byId.put(category.id(), category);
        indexed.invalidate();
        return category;
    }

    private void child(long id, long parentId, String name, int position, LocalDateTime created) {
        int level = byId.get(parentId).level() + 1;
        add(new Category(id, parentId, name, true, position, level, true,
                name.toLowerCase(Locale.ROOT).replace(' ', '-'), created, created));
    }
}
