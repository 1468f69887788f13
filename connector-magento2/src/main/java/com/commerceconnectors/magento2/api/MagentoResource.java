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
 * @param writes       where Magento accepts creates, updates and deletes of the resource
 */
public record MagentoResource(
        String name,
        String listPath,
        String itemPath,
        String wrapper,
        String keyField,
        String idField,
        String idJsonField,
        String updatedField,
        WriteRoutes writes) {

    private static final Map<String, MagentoResource> KNOWN = Map.of(
            "products", new MagentoResource("products", "products", "products/{key}", "product", "sku", "entity_id", "id",
                    "updated_at", WriteRoutes.crud("products", true)),
            // orders are saved by checkout; afterwards Magento changes them through actions, not through PUT
            "orders", new MagentoResource("orders", "orders", "orders/{key}", "entity", "entity_id", "entity_id", "entity_id",
                    "updated_at", new WriteRoutes("orders", null, null, false, "Magento changes an order through its"
                    + " actions: use operation=raw with e.g. POST V1/orders/{id}/comments, V1/orders/{id}/hold or"
                    + " V1/orders/{id}/cancel")),
            "customers", new MagentoResource("customers", "customers/search", "customers/{key}", "customer", "id", "entity_id",
                    "id", "updated_at", WriteRoutes.crud("customers", false)),
            "categories", new MagentoResource("categories", "categories/list", "categories/{key}", "category", "id", "entity_id",
                    "id", "updated_at", WriteRoutes.crud("categories", false)),
            "invoices", new MagentoResource("invoices", "invoices", "invoices/{key}", "entity", "entity_id", "entity_id",
                    "entity_id", "updated_at", WriteRoutes.none("Invoice an order with operation=raw:"
                    + " POST V1/order/{orderId}/invoice")),
            "creditmemos", new MagentoResource("creditmemos", "creditmemos", "creditmemo/{key}", "entity", "entity_id",
                    "entity_id", "entity_id", "updated_at", WriteRoutes.none("Refund an order with operation=raw:"
                    + " POST V1/order/{orderId}/refund")),
            "shipments", new MagentoResource("shipments", "shipments", "shipment/{key}", "entity", "entity_id", "entity_id",
                    "entity_id", "updated_at", WriteRoutes.none("Ship an order with operation=raw:"
                    + " POST V1/order/{orderId}/ship")));

    public MagentoResource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(listPath, "listPath");
        writes = writes != null ? writes : WriteRoutes.none(null);
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
        // no wrapper is known for an arbitrary path, so no record writes: raw calls remain
        return new MagentoResource(n, n, n + "/{key}", null, "id", "entity_id", "id", "updated_at", WriteRoutes.none(null));
    }

    public static boolean isKnown(String name) {
        return KNOWN.containsKey(normalise(name).toLowerCase(Locale.ROOT));
    }

    /** A copy with other keyset fields, for resources whose tables name them differently. */
    public MagentoResource withKeysetFields(String idField, String idJsonField, String updatedField) {
        return new MagentoResource(name, listPath, itemPath, wrapper, keyField,
                idField != null ? idField : this.idField,
                idJsonField != null ? idJsonField : this.idJsonField,
                updatedField != null ? updatedField : this.updatedField, writes);
    }

    /** Whether records are addressed by a number Magento assigns (an id) rather than a key the client chooses (SKU). */
    public boolean numericKey() {
        return !"sku".equals(keyField);
    }

    /** The singular noun for messages: "product", "customer", or the resource name. */
    public String noun() {
        return wrapper != null && !"entity".equals(wrapper) ? wrapper
                : name.endsWith("s") && !name.contains("/") ? name.substring(0, name.length() - 1) : name;
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
