package com.commerceconnectors.commercelayer;

import com.commerceconnectors.core.camel.ConnectorDescriptor;

import java.util.Map;
import java.util.Optional;

/** What tools outside the component need to know of {@code commercelayer:}. */
public final class CommerceLayerDescriptor implements ConnectorDescriptor {

    /** Commerce Layer refuses larger pages with 400. */
    public static final int MAX_PAGE_SIZE = 25;

    /** The attribute an import finds an existing record by: unique per resource. */
    private static final Map<String, String> IMPORT_KEYS = Map.of(
            "skus", "code",
            "customers", "email",
            "markets", "code",
            "stock_locations", "code",
            "price_lists", "code",
            "shipping_categories", "code",
            "sku_options", "code",
            "bundles", "code");

    @Override
    public String scheme() {
        return "commercelayer";
    }

    @Override
    public String platform() {
        return "Commerce Layer";
    }

    @Override
    public String headerPrefix() {
        return "CamelCommerceLayer";
    }

    @Override
    public int maxPageSize() {
        return MAX_PAGE_SIZE;
    }

    @Override
    public String pageSizeLimitReason() {
        return "Commerce Layer refuses larger pages with 400; pageSize=25 makes the fewest requests";
    }

    @Override
    public String probeResource() {
        return "skus";
    }

    @Override
    public Optional<String> importKey(String resource) {
        return Optional.ofNullable(IMPORT_KEYS.get(resource));
    }
}
