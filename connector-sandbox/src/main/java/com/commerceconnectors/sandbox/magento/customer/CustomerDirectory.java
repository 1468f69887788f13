package com.commerceconnectors.sandbox.magento.customer;

import com.commerceconnectors.sandbox.magento.search.IndexedRows;
import com.commerceconnectors.sandbox.magento.search.RowSource;
import com.commerceconnectors.sandbox.magento.web.MagentoJson;
import com.commerceconnectors.sandbox.magento.web.MagentoTime;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
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
import java.util.function.UnaryOperator;

/**
 * The customer table in entity-id order, with an e-mail index per website (case-insensitive). The public methods
 * are the hooks tests use: {@link #insert}, {@link #update}, {@link #touch}, {@link #delete}, {@link #seed}.
 */
public final class CustomerDirectory {

    private final ConcurrentSkipListMap<Long, Customer> byId = new ConcurrentSkipListMap<>();
    private final Map<String, Long> byEmail = new ConcurrentHashMap<>();
    private final AtomicLong lastId = new AtomicLong();
    private final AtomicLong lastAddressId = new AtomicLong();
    private final AtomicLong seeded = new AtomicLong();
    private final IndexedRows<Customer> indexed = new IndexedRows<>(byId::values, Map.of("updated_at",
            Comparator.comparing(Customer::updatedAt, Comparator.nullsFirst(Comparator.<java.time.LocalDateTime>naturalOrder()))
                    .thenComparingLong(Customer::id)));
    private final Clock clock;

    public CustomerDirectory(Clock clock) {
        this.clock = clock;
    }

    public int size() {
        return byId.size();
    }

    public Optional<Customer> find(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Customer> findByEmail(String email, int websiteId) {
        Long id = email == null ? null : byEmail.get(key(email, websiteId));
        return id == null ? Optional.empty() : find(id);
    }

    public boolean exists(long id) {
        return byId.containsKey(id);
    }

    public List<Customer> all() {
        return new ArrayList<>(byId.values());
    }

    /** What searches read: snapshots in entity-id order and ordered by {@code updated_at}. */
    public RowSource<Customer> source() {
        return indexed;
    }

    /**
     * Adds a customer: an id of 0 gets the next id, missing timestamps the clock's now, addresses their ids.
     *
     * @throws IllegalArgumentException when the e-mail address is taken on that website
     */
    public synchronized Customer insert(Customer customer) {
        if (byEmail.containsKey(key(customer.email(), customer.websiteId()))) {
            throw new IllegalArgumentException("a customer with e-mail " + customer.email() + " exists already");
        }
        long id = customer.id() == 0 ? lastId.incrementAndGet() : customer.id();
        if (byId.containsKey(id)) {
            throw new IllegalArgumentException("a customer with id " + id + " exists already");
        }
        lastId.accumulateAndGet(id, Math::max);
        LocalDateTime now = MagentoTime.now(clock);
        Customer stored = customer.withId(id)
                .withCreatedAt(customer.createdAt() == null ? now : customer.createdAt())
                .withUpdatedAt(customer.updatedAt() == null ? now : customer.updatedAt());
        stored = stored.withAddressesJson(numberAddresses(stored.addressesJson(), id));
        put(stored);
        return stored;
    }

    public synchronized Optional<Customer> update(long id, UnaryOperator<Customer> change) {
        Customer current = byId.get(id);
        if (current == null) {
            return Optional.empty();
        }
        Customer changed = change.apply(current).withId(id);
        String oldKey = key(current.email(), current.websiteId());
        String newKey = key(changed.email(), changed.websiteId());
        if (!oldKey.equals(newKey)) {
            if (byEmail.containsKey(newKey)) {
                throw new IllegalArgumentException("a customer with e-mail " + changed.email() + " exists already");
            }
            byEmail.remove(oldKey);
        }
        changed = changed.withAddressesJson(numberAddresses(changed.addressesJson(), id));
        put(changed);
        return Optional.of(changed);
    }

    public Optional<Customer> touch(long id, Instant updatedAt) {
        return update(id, c -> c.withUpdatedAt(MagentoTime.of(updatedAt)));
    }

    public synchronized boolean delete(long id) {
        Customer removed = byId.remove(id);
        if (removed == null) {
            return false;
        }
        byEmail.remove(key(removed.email(), removed.websiteId()));
        indexed.invalidate();
        return true;
    }

    /** Adds {@code count} generated customers ({@code customer00001@example.com} …), deterministically. */
    public synchronized List<Customer> seed(int count) {
        if (count < 0) {
            throw new IllegalArgumentException("cannot seed a negative number of customers");
        }
        List<Customer> added = new ArrayList<>(count);
        long first = seeded.get() + 1;
        for (long n = first; n < first + count; n++) {
            if (findByEmail(CustomerSeeder.email(n), 1).isEmpty()) {
                added.add(insert(CustomerSeeder.customer(n, 0)));
            }
        }
        seeded.addAndGet(count);
        return added;
    }

    /** Gives every address an id (when it has none) and the customer's id, as Magento stores them. */
    private String numberAddresses(String addressesJson, long customerId) {
        try {
            JsonNode parsed = MagentoJson.MAPPER.readTree(addressesJson);
            if (!(parsed instanceof ArrayNode)) {
                return "[]";
            }
            for (JsonNode address : parsed) {
                if (address instanceof ObjectNode) {
                    ObjectNode object = (ObjectNode) address;
                    if (!object.path("id").canConvertToLong() || object.path("id").asLong() == 0) {
                        object.put("id", lastAddressId.incrementAndGet());
                    } else {
                        lastAddressId.accumulateAndGet(object.path("id").asLong(), Math::max);
                    }
                    object.put("customer_id", customerId);
                }
            }
            return MagentoJson.MAPPER.writeValueAsString(parsed);
        } catch (IOException e) {
            throw new IllegalArgumentException("a customer's addresses must be a JSON array", e);
        }
    }

    private void put(Customer customer) {
        byId.put(customer.id(), customer);
        byEmail.put(key(customer.email(), customer.websiteId()), customer.id());
        indexed.invalidate();
    }

    private static String key(String email, int websiteId) {
        return websiteId + ":" + email.toLowerCase(Locale.ROOT);
    }
}
