package com.commerceconnectors.sandbox.magento.catalog;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A catalogue product: its global (admin store) values, and per store view the overrides of store-scoped
 * attributes ({@code name}, {@code status}, {@code visibility} and scoped custom attributes). Custom attribute
 * values are a {@code String} or a {@code List<String>} (e.g. {@code category_ids}).
 */
public record Product(long id, String sku, String name, BigDecimal price, int status, int visibility, String typeId,
                      int attributeSetId, BigDecimal weight, LocalDateTime createdAt, LocalDateTime updatedAt,
                      Map<String, Object> customAttributes, List<Integer> websiteIds,
                      Map<Integer, Map<String, Object>> storeValues) {

    public static final int STATUS_ENABLED = 1;
    public static final int STATUS_DISABLED = 2;
    public static final int VISIBILITY_BOTH = 4;

    public Product {
        Objects.requireNonNull(sku, "sku");
        customAttributes = immutableAttributes(customAttributes);
        websiteIds = websiteIds == null ? List.of(1) : List.copyOf(websiteIds);
        Map<Integer, Map<String, Object>> stores = new TreeMap<>();
        if (storeValues != null) {
            storeValues.forEach((store, values) -> {
                if (!values.isEmpty()) {
                    stores.put(store, immutableAttributes(values));
                }
            });
        }
        storeValues = Collections.unmodifiableMap(stores);
    }

    /** A simple, enabled, visible product of attribute set 4 on the main website; id and timestamps unset. */
    public static Product draft(String sku, String name, BigDecimal price) {
        return new Product(0, sku, name, price, STATUS_ENABLED, VISIBILITY_BOTH, "simple", 4, null, null, null,
                Map.of(), List.of(1), Map.of());
    }

    /**
     * The value of an attribute as a store view sees it: its override there, else the global value; {@code null}
     * when unset. Store 0 (admin, {@code /rest/all/}) sees the global values.
     */
    public Object attribute(String code, int storeId) {
        Map<String, Object> overrides = storeValues.get(storeId);
        if (overrides != null && overrides.containsKey(code)) {
            return overrides.get(code);
        }
        switch (code) {
            case "name":
                return name;
            case "status":
                return status;
            case "visibility":
                return visibility;
            default:
                return customAttributes.get(code);
        }
    }

    /** This product as a store view shows it (overrides applied; the result carries no overrides). */
    public Product inStore(int storeId) {
        Map<String, Object> overrides = storeValues.get(storeId);
        if (overrides == null || overrides.isEmpty()) {
            return storeValues.isEmpty() ? this : withoutStoreValues();
        }
        Map<String, Object> custom = new LinkedHashMap<>(customAttributes);
        overrides.forEach((code, value) -> {
            if (!code.equals("name") && !code.equals("status") && !code.equals("visibility")) {
                custom.put(code, value);
            }
        });
        return new Product(id, sku, (String) attribute("name", storeId), price,
                asInt(attribute("status", storeId), status),
                asInt(attribute("visibility", storeId), visibility), typeId, attributeSetId, weight, createdAt,
                updatedAt, custom, websiteIds, Map.of());
    }

    @SuppressWarnings("unchecked")
    public List<String> categoryIds() {
        Object value = customAttributes.get("category_ids");
        return value instanceof List ? (List<String>) value : List.of();
    }

    public Product withId(long newId) {
        return new Product(newId, sku, name, price, status, visibility, typeId, attributeSetId, weight, createdAt,
                updatedAt, customAttributes, websiteIds, storeValues);
    }

    public Product withSku(String newSku) {
        return new Product(id, newSku, name, price, status, visibility, typeId, attributeSetId, weight, createdAt,
                updatedAt, customAttributes, websiteIds, storeValues);
    }

    public Product withName(String newName) {
        return new Product(id, sku, newName, price, status, visibility, typeId, attributeSetId, weight, createdAt,
                updatedAt, customAttributes, websiteIds, storeValues);
    }

    public Product withPrice(BigDecimal newPrice) {
        return new Product(id, sku, name, newPrice, status, visibility, typeId, attributeSetId, weight, createdAt,
                updatedAt, customAttributes, websiteIds, storeValues);
    }

    public Product withStatus(int newStatus) {
        return new Product(id, sku, name, price, newStatus, visibility, typeId, attributeSetId, weight, createdAt,
                updatedAt, customAttributes, websiteIds, storeValues);
    }

    public Product withVisibility(int newVisibility) {
        return new Product(id, sku, name, price, status, newVisibility, typeId, attributeSetId, weight, createdAt,
                updatedAt, customAttributes, websiteIds, storeValues);
    }

    public Product withTypeId(String newTypeId) {
        return new Product(id, sku, name, price, status, visibility, newTypeId, attributeSetId, weight, createdAt,
                updatedAt, customAttributes, websiteIds, storeValues);
    }

    public Product withAttributeSetId(int newAttributeSetId) {
        return new Product(id, sku, name, price, status, visibility, typeId, newAttributeSetId, weight, createdAt,
                updatedAt, customAttributes, websiteIds, storeValues);
    }

    public Product withWeight(BigDecimal newWeight) {
        return new Product(id, sku, name, price, status, visibility, typeId, attributeSetId, newWeight, createdAt,
                updatedAt, customAttributes, websiteIds, storeValues);
    }

    public Product withCreatedAt(LocalDateTime newCreatedAt) {
        return new Product(id, sku, name, price, status, visibility, typeId, attributeSetId, weight, newCreatedAt,
                updatedAt, customAttributes, websiteIds, storeValues);
    }

    public Product withUpdatedAt(LocalDateTime newUpdatedAt) {
        return new Product(id, sku, name, price, status, visibility, typeId, attributeSetId, weight, createdAt,
                newUpdatedAt, customAttributes, websiteIds, storeValues);
    }

    public Product withWebsiteIds(List<Integer> newWebsiteIds) {
        return new Product(id, sku, name, price, status, visibility, typeId, attributeSetId, weight, createdAt,
                updatedAt, customAttributes, newWebsiteIds, storeValues);
    }

    /** Sets (or with {@code null} removes) a global custom attribute value. */
    public Product withCustomAttribute(String code, Object value) {
        Map<String, Object> custom = new LinkedHashMap<>(customAttributes);
        if (value == null) {
            custom.remove(code);
        } else {
            custom.put(code, value);
        }
        return new Product(id, sku, name, price, status, visibility, typeId, attributeSetId, weight, createdAt,
                updatedAt, custom, websiteIds, storeValues);
    }

    /** Sets a store-view override (only meaningful for store-scoped attributes). */
    public Product withStoreValue(int storeId, String code, Object value) {
        Map<Integer, Map<String, Object>> stores = new TreeMap<>(storeValues);
        Map<String, Object> values = new LinkedHashMap<>(stores.getOrDefault(storeId, Map.of()));
        values.put(code, value);
        stores.put(storeId, values);
        return new Product(id, sku, name, price, status, visibility, typeId, attributeSetId, weight, createdAt,
                updatedAt, customAttributes, websiteIds, stores);
    }

    public Product withoutStoreValues() {
        return new Product(id, sku, name, price, status, visibility, typeId, attributeSetId, weight, createdAt,
                updatedAt, customAttributes, websiteIds, Map.of());
    }

    private static int asInt(Object value, int fallback) {
        if (value instanceof Number) {
            return ((Number) value).intValue();
        }
        try {
            return value == null ? fallback : Integer.parseInt(value.toString().trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static Map<String, Object> immutableAttributes(Map<String, Object> values) {
        Map<String, Object> copy = new LinkedHashMap<>();
        if (values != null) {
            values.forEach((code, value) -> {
                if (value instanceof List) {
                    List<String> items = new ArrayList<>();
                    for (Object item : (List<?>) value) {
                        items.add(String.valueOf(item));
                    }
                    copy.put(code, List.copyOf(items));
                } else if (value != null) {
                    copy.put(code, value instanceof String || value instanceof Number ? value : String.valueOf(value));
                }
            });
        }
        return Collections.unmodifiableMap(copy);
    }
}
