package com.commerceconnectors.cli.imports;

import com.commerceconnectors.connection.ConnectorType;

import java.util.Map;
import java.util.Optional;

/**
 * The attribute that names a record of a JSON:API resource for an import (an upsert finds the record by it):
 * {@code --key} when given, else the resource's natural key. Ids cannot do it: they are the source store's.
 */
public final class ImportKeys {

    private static final Map<String, String> ORO = Map.of(
            "products", "sku",
            "users", "username",
            "customerusers", "email",
            "customers", "name",
            "organizations", "name",
            "businessunits", "name");

    private static final Map<String, String> COMMERCE_LAYER = Map.of(
            "skus", "code",
            "customers", "email",
            "markets", "code",
            "stock_locations", "code",
            "price_lists", "code",
            "shipping_categories", "code",
            "sku_options", "code",
            "bundles", "code");

    private ImportKeys() {
    }

    /** The default key attribute of a resource, if it has a natural one. */
    public static Optional<String> defaultKey(ConnectorType connector, String resource) {
        return Optional.ofNullable(switch (connector) {
            case ORO -> ORO.get(resource);
            case COMMERCELAYER -> COMMERCE_LAYER.get(resource);
            case MAGENTO2 -> null;
        });
    }
}
