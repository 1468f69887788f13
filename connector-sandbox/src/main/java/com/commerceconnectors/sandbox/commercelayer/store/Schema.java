package com.commerceconnectors.sandbox.commercelayer.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static com.commerceconnectors.sandbox.commercelayer.store.AttributeDef.optional;
import static com.commerceconnectors.sandbox.commercelayer.store.AttributeDef.readOnly;
import static com.commerceconnectors.sandbox.commercelayer.store.AttributeDef.required;
import static com.commerceconnectors.sandbox.commercelayer.store.RelationshipDef.toManyByAttribute;
import static com.commerceconnectors.sandbox.commercelayer.store.RelationshipDef.toManyByLink;
import static com.commerceconnectors.sandbox.commercelayer.store.RelationshipDef.toOne;
import static com.commerceconnectors.sandbox.commercelayer.store.RelationshipDef.toOneByAttribute;
import static com.commerceconnectors.sandbox.commercelayer.store.ValueKind.BOOLEAN;
import static com.commerceconnectors.sandbox.commercelayer.store.ValueKind.DECIMAL;
import static com.commerceconnectors.sandbox.commercelayer.store.ValueKind.INTEGER;
import static com.commerceconnectors.sandbox.commercelayer.store.ValueKind.STRING;
import static com.commerceconnectors.sandbox.commercelayer.store.ValueKind.TIMESTAMP;

/**
 * The resource types the emulator serves, a subset of Commerce Layer's core API with the attributes and
 * relationships integrations use most: catalog ({@code skus}, {@code prices}, {@code price_lists},
 * {@code stock_items}, {@code stock_locations}, {@code shipping_categories}), {@code markets}, {@code customers},
 * {@code orders} and their {@code line_items}.
 */
public final class Schema {

    public static final String SKUS = "skus";
    public static final String PRICES = "prices";
    public static final String PRICE_LISTS = "price_lists";
    public static final String STOCK_ITEMS = "stock_items";
    public static final String STOCK_LOCATIONS = "stock_locations";
    public static final String SHIPPING_CATEGORIES = "shipping_categories";
    public static final String MARKETS = "markets";
    public static final String CUSTOMERS = "customers";
    public static final String ORDERS = "orders";
    public static final String LINE_ITEMS = "line_items";

    private final Map<String, ResourceType> types;

    private Schema(Map<String, ResourceType> types) {
        this.types = Collections.unmodifiableMap(types);
    }

    /** Commerce Layer's types as the emulator knows them. */
    public static Schema commerceLayer() {
        Map<String, ResourceType> types = new LinkedHashMap<>();
        add(types, ResourceType.named(SKUS)
                .attribute(required("code", STRING)).attribute(required("name", STRING))
                .attribute(optional("description", STRING)).attribute(optional("image_url", STRING))
                .attribute(optional("pieces_per_pack", INTEGER)).attribute(optional("hs_tariff_number", STRING))
                .attribute(optional("weight", DECIMAL)).attribute(optional("unit_of_weight", STRING))
                .attribute(optional("do_not_ship", BOOLEAN)).attribute(optional("do_not_track", BOOLEAN))
                .relationship(toOne("shipping_category", SHIPPING_CATEGORIES))
                .relationship(toManyByAttribute("prices", PRICES, "code", "sku_code"))
                .relationship(toManyByAttribute("stock_items", STOCK_ITEMS, "code", "sku_code"))
                .unique("code"));
        add(types, ResourceType.named(PRICES)
                .attribute(required("currency_code", STRING)).attribute(required("sku_code", STRING))
                .attribute(required("amount_cents", INTEGER)).attribute(optional("compare_at_amount_cents", INTEGER))
                .relationship(toOne("price_list", PRICE_LISTS))
                .relationship(toOneByAttribute("sku", SKUS, "sku_code", "code")));
        add(types, ResourceType.named(PRICE_LISTS)
                .attribute(required("name", STRING)).attribute(required("currency_code", STRING))
                .attribute(optional("tax_included", BOOLEAN))
                .relationship(toManyByLink("prices", PRICES, "price_list")));
        add(types, ResourceType.named(STOCK_ITEMS)
                .attribute(required("sku_code", STRING)).attribute(required("quantity", INTEGER))
                .relationship(toOne("stock_location", STOCK_LOCATIONS))
                .relationship(toOneByAttribute("sku", SKUS, "sku_code", "code")));
        add(types, ResourceType.named(STOCK_LOCATIONS)
                .attribute(required("name", STRING))
                .relationship(toManyByLink("stock_items", STOCK_ITEMS, "stock_location")));
        add(types, ResourceType.named(SHIPPING_CATEGORIES)
                .attribute(required("name", STRING))
                .relationship(toManyByLink("skus", SKUS, "shipping_category")));
        add(types, ResourceType.named(MARKETS)
                .attribute(required("name", STRING)).attribute(optional("code", STRING))
                .attribute(optional("disabled_at", TIMESTAMP))
                .relationship(toOne("price_list", PRICE_LISTS))
                .relationship(toOne("inventory_model", STOCK_LOCATIONS))
                .unique("code"));
        add(types, ResourceType.named(CUSTOMERS)
                .attribute(required("email", STRING)).attribute(readOnly("status", STRING))
                .attribute(readOnly("has_password", BOOLEAN))
                .relationship(toManyByLink("orders", ORDERS, "customer"))
                .unique("email"));
        add(types, ResourceType.named(ORDERS)
                .attribute(readOnly("number", STRING)).attribute(readOnly("status", STRING))
                .attribute(optional("customer_email", STRING)).attribute(optional("currency_code", STRING))
                .attribute(readOnly("total_amount_cents", INTEGER)).attribute(readOnly("placed_at", TIMESTAMP))
                .relationship(toOne("market", MARKETS))
                .relationship(toOne("customer", CUSTOMERS))
                .relationship(toManyByLink("line_items", LINE_ITEMS, "order")));
        add(types, ResourceType.named(LINE_ITEMS)
                .attribute(optional("sku_code", STRING)).attribute(required("quantity", INTEGER))
                .attribute(optional("name", STRING)).attribute(readOnly("unit_amount_cents", INTEGER))
                .attribute(readOnly("total_amount_cents", INTEGER))
                .relationship(toOne("order", ORDERS)));
        return new Schema(types);
    }

    private static void add(Map<String, ResourceType> types, ResourceType.Builder builder) {
        ResourceType type = builder.build();
        types.put(type.name(), type);
    }

    public Optional<ResourceType> type(String name) {
        return Optional.ofNullable(types.get(name));
    }

    public Map<String, ResourceType> types() {
        return types;
    }
}
