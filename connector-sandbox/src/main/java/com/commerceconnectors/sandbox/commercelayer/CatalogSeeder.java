package com.commerceconnectors.sandbox.commercelayer;

import com.commerceconnectors.sandbox.commercelayer.store.Resource;
import com.commerceconnectors.sandbox.commercelayer.store.ResourceStore;
import com.commerceconnectors.sandbox.commercelayer.store.Schema;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Deterministic demo data: the organization's markets (Europe in EUR, USA in USD, each with a price list and a
 * warehouse), a shipping category, the sign-in customer, and on demand SKUs (each with one price per price list
 * and one stock item per warehouse) and orders. Seeded SKUs are created a minute apart from
 * {@code 2024-03-01T10:00:00.000Z}, and every five share one {@code updated_at}, so sorting and incremental reads
 * meet ties.
 */
final class CatalogSeeder {

    static final Instant EPOCH = Instant.parse("2024-03-01T10:00:00Z");
    private static final String[] COLOURS = {"Black", "White", "Red", "Blue", "Green", "Grey", "Yellow"};
    private static final String[] ITEMS = {"T-shirt", "Hoodie", "Cap", "Mug", "Tote bag", "Water bottle", "Sticker"};

    private final ResourceStore store;
    private String shippingCategory;
    private final List<String[]> priceLists = new ArrayList<>();
    private final List<String> warehouses = new ArrayList<>();
    private int skuCount;
    private int orderCount;

    CatalogSeeder(ResourceStore store) {
        this.store = store;
    }

    /** The organization's fixed set-up; returns the sign-in customer. */
    synchronized Resource seedOrganization(String customerEmail) {
        shippingCategory = put(Schema.SHIPPING_CATEGORIES, attrs("name", "Merchandise"), Map.of(), EPOCH).id();
        market("Europe", "europe", "EUR Price List", "EUR", "Europe warehouse");
        market("USA", "usa", "USD Price List", "USD", "US warehouse");
        return put(Schema.CUSTOMERS, attrs("email", customerEmail, "status", "repeat", "has_password", true),
                Map.of(), EPOCH);
    }

    private void market(String name, String code, String priceListName, String currency, String warehouse) {
        String priceList = put(Schema.PRICE_LISTS, attrs("name", priceListName, "currency_code", currency,
                "tax_included", true), Map.of(), EPOCH).id();
        String location = put(Schema.STOCK_LOCATIONS, attrs("name", warehouse), Map.of(), EPOCH).id();
        put(Schema.MARKETS, attrs("name", name, "code", code, "disabled_at", null),
                Map.of("price_list", priceList, "inventory_model", location), EPOCH);
        priceLists.add(new String[] {priceList, currency});
        warehouses.add(location);
    }

    synchronized List<Resource> seedSkus(int count) {
        List<Resource> skus = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int n = ++skuCount;
            Instant created = EPOCH.plus(Duration.ofMinutes(n));
            Instant updated = EPOCH.plus(Duration.ofDays(1)).plus(Duration.ofMinutes(((n - 1) / 5) * 5L));
            String code = String.format("SKU-%06d", n);
            String colour = COLOURS[n % COLOURS.length];
            String item = ITEMS[(n / COLOURS.length) % ITEMS.length];
            Resource sku = put(Schema.SKUS, attrs("code", code, "name", colour + " " + item + " " + n,
                    "description", "A " + colour.toLowerCase(Locale.ROOT) + " " + item.toLowerCase(Locale.ROOT)
                            + " from the sandbox catalog.",
                    "image_url", null, "pieces_per_pack", (long) (1 + n % 3), "hs_tariff_number", null,
                    "do_not_ship", false, "do_not_track", false),
                    Map.of("shipping_category", shippingCategory), created, updated);
            for (String[] priceList : priceLists) {
                put(Schema.PRICES, attrs("currency_code", priceList[1], "sku_code", code,
                        "amount_cents", 1000L + (n * 137L) % 9000L, "compare_at_amount_cents", null),
                        Map.of("price_list", priceList[0]), created, updated);
            }
            for (String warehouse : warehouses) {
                put(Schema.STOCK_ITEMS, attrs("sku_code", code, "quantity", (long) ((n * 7) % 100)),
                        Map.of("stock_location", warehouse), created, updated);
            }
            skus.add(sku);
        }
        return skus;
    }

    /** Orders of {@code customer}, each with a line item for one of the first SKUs (there must be some). */
    synchronized List<Resource> seedOrders(Resource customer, int count) {
        List<Resource> skus = store.all(Schema.SKUS);
        if (skus.isEmpty()) {
            throw new IllegalStateException("seed SKUs before orders: an order's line items name SKUs");
        }
        String market = store.where(Schema.MARKETS, "code", "europe").get(0).id();
        List<Resource> orders = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int n = ++orderCount;
            Instant placed = EPOCH.plus(Duration.ofHours(n));
            Resource sku = skus.get(n % skus.size());
            long quantity = 1 + n % 3;
            long unit = 1000L + (n * 137L) % 9000L;
            Resource order = put(Schema.ORDERS, attrs("number", Integer.toString(1000 + n), "status", "placed",
                    "customer_email", customer.value("email"), "currency_code", "EUR",
                    "total_amount_cents", unit * quantity, "placed_at", placed),
                    Map.of("customer", customer.id(), "market", market), placed, placed);
            put(Schema.LINE_ITEMS, attrs("sku_code", sku.value("code"), "quantity", quantity,
                    "name", sku.value("name"), "unit_amount_cents", unit, "total_amount_cents", unit * quantity),
                    Map.of("order", order.id()), placed, placed);
            orders.add(order);
        }
        return orders;
    }

    private Resource put(String type, Map<String, Object> attributes, Map<String, String> links, Instant at) {
        return put(type, attributes, links, at, at);
    }

    private Resource put(String type, Map<String, Object> attributes, Map<String, String> links, Instant created,
                         Instant updated) {
        Map<String, Object> all = new LinkedHashMap<>(attributes);
        all.put(Resource.CREATED_AT, created);
        all.put(Resource.UPDATED_AT, updated);
        all.put("reference", null);
        all.put("reference_origin", null);
        all.put("metadata", Map.of());
        Resource resource = new Resource(type, store.newId(), all, links);
        store.put(resource);
        return resource;
    }

    private static Map<String, Object> attrs(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
