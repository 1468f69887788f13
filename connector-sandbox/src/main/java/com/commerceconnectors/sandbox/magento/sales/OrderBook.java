package com.commerceconnectors.sandbox.magento.sales;

import com.commerceconnectors.sandbox.magento.catalog.Product;
import com.commerceconnectors.sandbox.magento.customer.Customer;
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
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;

/**
 * The order table in entity-id order. Increment ids are {@code 000000001}-style, as the default store issues
 * them. The public methods are the hooks tests use: {@link #insert}, {@link #update}, {@link #touch},
 * {@link #delete}, {@link #seed}.
 */
public final class OrderBook {

    private final ConcurrentSkipListMap<Long, Order> byId = new ConcurrentSkipListMap<>();
    private final AtomicLong lastId = new AtomicLong();
    private final AtomicLong lastItemId = new AtomicLong();
    private final AtomicLong seeded = new AtomicLong();
    private final IndexedRows<Order> indexed = new IndexedRows<>(byId::values, Map.of(
            "updated_at", timeOrder(true), "created_at", timeOrder(false)));
    private final Clock clock;

    public OrderBook(Clock clock) {
        this.clock = clock;
    }

    public int size() {
        return byId.size();
    }

    public Optional<Order> find(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<Order> all() {
        return new ArrayList<>(byId.values());
    }

    /** What searches read: snapshots in entity-id order and ordered by {@code updated_at}/{@code created_at}. */
    public RowSource<Order> source() {
        return indexed;
    }

    /** Adds an order: an id of 0 gets the next id and increment id; missing timestamps the clock's now. */
    public synchronized Order insert(Order order) {
        long id = order.id() == 0 ? lastId.incrementAndGet() : order.id();
        if (byId.containsKey(id)) {
            throw new IllegalArgumentException("an order with id " + id + " exists already");
        }
        lastId.accumulateAndGet(id, Math::max);
        LocalDateTime now = MagentoTime.now(clock);
        List<OrderItem> items = new ArrayList<>();
        for (OrderItem item : order.items()) {
            items.add(item.itemId() == 0 ? item.withItemId(lastItemId.incrementAndGet()) : item);
        }
        Order stored = order.withId(id, order.incrementId() == null
                        ? String.format(Locale.ROOT, "%09d", id) : order.incrementId())
                .withTimes(order.createdAt() == null ? now : order.createdAt(),
                        order.updatedAt() == null ? now : order.updatedAt())
                .withItems(items);
        byId.put(id, stored);
        indexed.invalidate();
        return stored;
    }

    public synchronized Optional<Order> update(long id, UnaryOperator<Order> change) {
        Order current = byId.get(id);
        if (current == null) {
            return Optional.empty();
        }
        Order changed = change.apply(current).withId(id, current.incrementId());
        byId.put(id, changed);
        indexed.invalidate();
        return Optional.of(changed);
    }

    public Optional<Order> touch(long id, Instant updatedAt) {
        return update(id, o -> o.withUpdatedAt(MagentoTime.of(updatedAt)));
    }

    public synchronized boolean delete(long id) {
        boolean removed = byId.remove(id) != null;
        indexed.invalidate();
        return removed;
    }

    private static Comparator<Order> timeOrder(boolean updated) {
        Comparator<Order> time = Comparator.comparing(updated ? Order::updatedAt : Order::createdAt,
                Comparator.nullsFirst(Comparator.naturalOrder()));
        return time.thenComparingLong(Order::id);
    }

    /** Adds {@code count} generated orders for the given customers and products (either may be empty). */
    public synchronized List<Order> seed(int count, List<Customer> customers, List<Product> products) {
        if (count < 0) {
            throw new IllegalArgumentException("cannot seed a negative number of orders");
        }
        List<Order> added = new ArrayList<>(count);
        long first = seeded.get() + 1;
        for (long n = first; n < first + count; n++) {
            added.add(insert(OrderSeeder.order(n, customers, products)));
        }
        seeded.addAndGet(count);
        return added;
    }
}
