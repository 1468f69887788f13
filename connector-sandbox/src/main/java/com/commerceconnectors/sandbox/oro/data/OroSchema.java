package com.commerceconnectors.sandbox.oro.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The resource types the emulated Oro serves, a subset of OroCommerce's API with its names: back-office
 * {@code users}, {@code organizations}, {@code customers}, {@code customerusers}, {@code products} (with
 * {@code productunitprecisions}) and {@code orders}. Everything but {@code users} and {@code organizations} is
 * also readable through the storefront API.
 * <p>
 * Which attributes sort and filter is OroCommerce 6.1's default: the fields of each entity with a database index
 * (unique columns and the first column of an index) plus what its {@code api.yml} adds. {@code users}: username,
 * email (unique) and firstName (first of the first/last name index), not createdAt or updatedAt;
 * {@code organizations}: name; {@code customers}: name, createdAt, updatedAt; {@code customerusers}: email;
 * {@code products}: sku, status, createdAt, updatedAt, featured, newArrival; {@code orders}: identifier, createdAt,
 * updatedAt (api.yml), poNumber (a filter only). The id and the relationships are always there.
 */
public final class OroSchema {

    private final Map<String, ResourceType> types = new LinkedHashMap<>();

    public OroSchema() {
        add(ResourceType.named("organizations")
                .required("name", FieldType.STRING)
                .attribute("description", FieldType.STRING)
                .attribute("enabled", FieldType.BOOLEAN).defaultValue("enabled", true)
                .timestamps()
                .indexed("name")
                .build());
        add(ResourceType.named("users")
                .required("username", FieldType.STRING).unique("username")
                .required("email", FieldType.STRING).unique("email")
                .attribute("firstName", FieldType.STRING)
                .attribute("lastName", FieldType.STRING)
                .attribute("enabled", FieldType.BOOLEAN).defaultValue("enabled", true)
                .timestamps()
                .toOne("organization", "organizations")
                .indexed("username", "email", "firstName")
                .build());
        add(ResourceType.named("customers")
                .required("name", FieldType.STRING)
                .timestamps()
                .indexed("name", "createdAt", "updatedAt")
                .toOne("parent", "customers")
                .toOne("organization", "organizations")
                .toOne("owner", "users")
                .storefront(false)
                .build());
        add(ResourceType.named("customerusers")
                .required("email", FieldType.STRING).unique("email")
                .attribute("firstName", FieldType.STRING)
                .attribute("lastName", FieldType.STRING)
                .attribute("enabled", FieldType.BOOLEAN).defaultValue("enabled", true)
                .timestamps()
                .toOne("customer", "customers")
                .toOne("organization", "organizations")
                .indexed("email")
                .storefront(false)
                .build());
        add(ResourceType.named("productunitprecisions")
                .required("unit", FieldType.STRING)
                .attribute("precision", FieldType.INTEGER).defaultValue("precision", 0)
                .attribute("conversionRate", FieldType.DECIMAL).defaultValue("conversionRate", "1")
                .attribute("sell", FieldType.BOOLEAN).defaultValue("sell", true)
                .toOne("product", "products")
                // the unit is a relationship to the unit entity in Oro, so it filters and sorts
                .indexed("unit")
                .storefront(false)
                .build());
        add(ResourceType.named("products")
                .required("sku", FieldType.STRING).unique("sku")
                .attribute("names", FieldType.OBJECT)
                .attribute("status", FieldType.STRING).defaultValue("status", "enabled")
                .attribute("productType", FieldType.STRING).defaultValue("productType", "simple")
                .attribute("featured", FieldType.BOOLEAN).defaultValue("featured", false)
                .attribute("newArrival", FieldType.BOOLEAN).defaultValue("newArrival", false)
                .timestamps()
                .toOne("owner", "users")
                .toOne("organization", "organizations")
                .toOne("primaryUnitPrecision", "productunitprecisions")
                .toMany("unitPrecisions", "productunitprecisions")
                .indexed("sku", "status", "createdAt", "updatedAt", "featured", "newArrival")
                .storefront(false)
                .build());
        add(ResourceType.named("orders")
                .attribute("identifier", FieldType.STRING)
                .attribute("poNumber", FieldType.STRING)
                .required("currency", FieldType.STRING)
                .attribute("subtotalValue", FieldType.DECIMAL)
                .attribute("totalValue", FieldType.DECIMAL)
                .timestamps()
                .toOne("customer", "customers")
                .toOne("customerUser", "customerusers")
                .toOne("organization", "organizations")
                .toOne("owner", "users")
                .indexed("identifier", "createdAt", "updatedAt")
                .filterable("poNumber")
                .storefront(false)
                .build());
    }

    private void add(ResourceType type) {
        types.put(type.name(), type);
    }

    public Optional<ResourceType> type(String name) {
        return Optional.ofNullable(types.get(name));
    }

    public Map<String, ResourceType> types() {
        return Collections.unmodifiableMap(types);
    }
}
