package com.commerceconnectors.magento2.api;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What the connector knows about a Magento REST resource: where its list (search) and single-record endpoints are,
 * and which fields keyset paging sorts and filters on.
 *
 * @param name         the resource name used in the endpoint URI ({@code magento2:products})
 * @param listPath     search endpoint below {@code /V1/}, e.g. {@code products} or {@code customers/search}
 * @param itemPath     single-record endpoint below {@code /V1/} with {@code {key}} for the record key
 * @param wrapper      the JSON wrapper of a written record ({@code {"product": …}}), or {@code null}
 * @param keyField     the record field that identifies it in {@code itemPath} ({@code sku} for products)
 * @param idField      the numeric id as filters and sort orders name it ({@code entity_id})
 * @param idJsonField  the numeric id as the returned records name it ({@code id} or {@code entity_id})
 * @param updatedField the last-change timestamp, filterable and sortable ({@code updated_at})
 */
public record MagentoResource(
        String name,
        String listPath,
        String itemPath,
        String wrapper,
        String keyField,
        String idField,
        String idJsonField,
        String updatedField) {

    private static final Map<String, MagentoResource> KNOWN = Map.of(
            "products", new MagentoResource("products", "products", "products/{key}", "product", "sku", "entity_id", "id", "updated_at"),
            "orders", new MagentoResource("orders", "orders", "orders/{key}", "entity", "entity_id", "entity_id", "entity_id", "updated_at"),
            "customers", new MagentoResource("customers", "customers/search", "customers/{key}", "customer", "id", "entity_id", "id", "updated_at"),
            "categories", new MagentoResource("categories", "categories/list", "categories/{key}", "category", "id", "entity_id", "id", "updated_at"),
            "invoices", new MagentoResource("invoices", "invoices", "invoices/{key}", "entity", "entity_id", "entity_id", "entity_id", "updated_at"),
            "creditmemos", new MagentoResource("creditmemos", "creditmemos", "creditmemo/{key}", "entity", "entity_id", "entity_id", "entity_id", "updated_at"),
            "shipments", new MagentoResource("shipments", "shipments", "shipment/{key}", "entity", "entity_id", "entity_id", "entity_id", "updated_at"));

    public MagentoResource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(listPath, "listPath");
    }

    /**
     * The profile of a known resource, or a pass-through profile for any other {@code V1} path
     * ({@code magento2:cmsPage/search} → {@code /V1/cmsPage/search}) with Magento's usual field names.
     */
    public static MagentoResource of(String name) {
        String n = normalise(name);
        MagentoResource known = KNOWN.get(n.toLowerCase(Locale.ROOT));
        if (known != null) {
            return known;
        }
        return new MagentoResource(n, n, n + "/{key}", null, "id", "entity_id", "id", "updated_at");
    }

    public static boolean isKnown(String name) {
        return KNOWN.containsKey(normalise(name).toLowerCase(Locale.ROOT));
    }

    /** A copy with other keyset fields, for resources whose tables name them differently. */
    public MagentoResource withKeysetFields(String idField, String idJsonField, String updatedField) {
        return new MagentoResource(name, listPath, itemPath, wrapper, keyField,
                idField != null ? idField : this.idField,
                idJsonField != null ? idJsonField : this.idJsonField,
                updatedField != null ? updatedField : this.updatedField);
    }

    private static String normalise(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("the resource is missing: write magento2:products, magento2:orders, … or any V1 path");
        }
        String n = name.strip();
        while (n.startsWith("/")) {
            n = n.substring(1);
        }
        if (n.startsWith("V1/")) {
            n = n.substring(3);
        }
        return n;
    }
}
