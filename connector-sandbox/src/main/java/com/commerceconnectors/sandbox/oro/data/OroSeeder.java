package com.commerceconnectors.sandbox.oro.data;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deterministic demo rows. Timestamps start at {@link #EPOCH} and advance with the id; every three consecutive
 * products (and users, customers, orders) share one {@code updatedAt}, so incremental exports meet ties as they do
 * on a real catalogue imported in batches.
 */
public final class OroSeeder {

    /** The first seeded timestamp. */
    public static final Instant EPOCH = Instant.parse("2024-03-01T10:00:00Z");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] FIRST_NAMES = {"Amanda", "Brandon", "Chloe", "Diego", "Elena", "Farid", "Grace",
        "Hiro", "Ines", "Jonas"};
    private static final String[] LAST_NAMES = {"Cole", "Nguyen", "Schmidt", "Rossi", "Kowalski", "Okafor",
        "Lindqvist", "Tanaka", "Moreau", "Silva"};

    private final OroData data;

    public OroSeeder(OroData data) {
        this.data = data;
    }

    /** Organization 1 and back-office user 1 ({@code adminUsername}), which owns what a create leaves unowned. */
    public void seedFoundation(String adminUsername) {
        ObjectNode org = timestamps(JSON.createObjectNode(), 1);
        org.put("name", "ORO");
        org.put("description", "The sandbox organization");
        org.put("enabled", true);
        data.store("organizations").insert(id -> new Resource("organizations", id, org, Map.of()));
        ObjectNode admin = timestamps(JSON.createObjectNode(), 1);
        admin.put("username", adminUsername);
        admin.put("email", adminUsername + "@example.com");
        admin.put("firstName", "John");
        admin.put("lastName", "Doe");
        admin.put("enabled", true);
        data.store("users").insert(id -> new Resource("users", id, admin, Map.of("organization", List.of(1L))));
    }

    /** Adds a customer (company) and one of its users with the given e-mail; returns the customer user. */
    public Resource seedCustomerUser(String email, String firstName, String lastName) {
        Resource customer = seedCustomers(1).get(0);
        ObjectNode attributes = timestamps(JSON.createObjectNode(), customer.id());
        attributes.put("email", email);
        attributes.put("firstName", firstName);
        attributes.put("lastName", lastName);
        attributes.put("enabled", true);
        return data.store("customerusers").insert(id -> new Resource("customerusers", id, attributes,
                Map.of("customer", List.of(customer.id()), "organization", List.of(1L))));
    }

    public List<Resource> seedUsers(int count) {
        List<Resource> rows = new ArrayList<>(count);
        ResourceStore users = data.store("users");
        for (int i = 0; i < count; i++) {
            rows.add(users.insert(id -> {
                ObjectNode attributes = timestamps(JSON.createObjectNode(), id);
                String first = FIRST_NAMES[(int) (id % FIRST_NAMES.length)];
                String last = LAST_NAMES[(int) ((id / FIRST_NAMES.length) % LAST_NAMES.length)];
                attributes.put("username", String.format("user%04d", id));
                attributes.put("email", String.format("user%04d@example.com", id));
                attributes.put("firstName", first);
                attributes.put("lastName", last);
                attributes.put("enabled", id % 11 != 0);
                return new Resource("users", id, attributes, Map.of("organization", List.of(1L)));
            }));
        }
        return rows;
    }

    public List<Resource> seedCustomers(int count) {
        List<Resource> rows = new ArrayList<>(count);
        ResourceStore customers = data.store("customers");
        for (int i = 0; i < count; i++) {
            rows.add(customers.insert(id -> {
                ObjectNode attributes = timestamps(JSON.createObjectNode(), id);
                attributes.put("name", "Customer " + id);
                return new Resource("customers", id, attributes,
                        Map.of("organization", List.of(1L), "owner", List.of(1L)));
            }));
        }
        return rows;
    }

    /** Products {@code ORO-000001} …, each with an "each" unit precision. */
    public List<Resource> seedProducts(int count) {
        List<Resource> rows = new ArrayList<>(count);
        ResourceStore products = data.store("products");
        ResourceStore precisions = data.store("productunitprecisions");
        for (int i = 0; i < count; i++) {
            Resource product = products.insert(id -> {
                ObjectNode attributes = timestamps(JSON.createObjectNode(), id);
                attributes.put("sku", String.format("ORO-%06d", id));
                attributes.putArray("names").addObject().putNull("localization")
                        .put("string", "Sandbox product " + id);
                attributes.put("status", id % 7 == 0 ? "disabled" : "enabled");
                attributes.put("productType", id % 10 == 0 ? "configurable" : "simple");
                attributes.put("featured", id % 5 == 0);
                attributes.put("newArrival", id % 9 == 0);
                return new Resource("products", id, attributes, Map.of(
                        "owner", List.of(1L), "organization", List.of(1L),
                        "primaryUnitPrecision", List.of(), "unitPrecisions", List.of()));
            });
            Resource precision = precisions.insert(id -> {
                ObjectNode attributes = JSON.createObjectNode();
                attributes.put("unit", "each");
                attributes.put("precision", 0);
                attributes.put("conversionRate", "1");
                attributes.put("sell", true);
                return new Resource("productunitprecisions", id, attributes,
                        Map.of("product", List.of(product.id())));
            });
            Map<String, List<Long>> relationships = new LinkedHashMap<>(product.relationships());
            relationships.put("primaryUnitPrecision", List.of(precision.id()));
            relationships.put("unitPrecisions", List.of(precision.id()));
            rows.add(products.update(product.id(), p -> new Resource("products", p.id(), p.attributes(),
                    relationships)).orElseThrow());
        }
        return rows;
    }

    /** Orders of the customers present (round robin); needs at least one customer. */
    public List<Resource> seedOrders(int count) {
        List<Resource> customers = data.store("customers").all();
        if (customers.isEmpty() && count > 0) {
            throw new IllegalStateException("seed customers before orders: an order belongs to a customer");
        }
        List<Resource> rows = new ArrayList<>(count);
        ResourceStore orders = data.store("orders");
        for (int i = 0; i < count; i++) {
            rows.add(orders.insert(id -> {
                Resource customer = customers.get((int) ((id - 1) % customers.size()));
                ObjectNode attributes = timestamps(JSON.createObjectNode(), id);
                long cents = 1_000 + (id * 7_919) % 90_000;
                attributes.put("identifier", String.format("SO-%06d", id));
                attributes.put("poNumber", String.format("PO-%06d", id));
                attributes.put("currency", "USD");
                String subtotal = String.format("%d.%02d00", cents / 100, cents % 100);
                attributes.put("subtotalValue", subtotal);
                attributes.put("totalValue", subtotal);
                return new Resource("orders", id, attributes, Map.of("customer", List.of(customer.id()),
                        "organization", List.of(1L), "owner", List.of(1L)));
            }));
        }
        return rows;
    }

    /** createdAt one minute apart by id; updatedAt shared by each three consecutive ids, 10 minutes apart. */
    private static ObjectNode timestamps(ObjectNode attributes, long id) {
        attributes.put("createdAt", EPOCH.plus(Duration.ofMinutes(id)).toString());
        attributes.put("updatedAt", EPOCH.plus(Duration.ofMinutes(10 * ((id + 2) / 3))).toString());
        return attributes;
    }
}
