package com.commerceconnectors.commercelayer;

import com.commerceconnectors.core.camel.ConnectorDescriptor;

import java.util.Map;

/** What tools outside the component need to know of {@code commercelayer:}. */
public final class CommerceLayerDescriptor extends ConnectorDescriptor {

    /** Commerce Layer refuses larger pages with 400. */
    public static final int MAX_PAGE_SIZE = 25;

    public CommerceLayerDescriptor() {
        super("commercelayer", "Commerce Layer", "CamelCommerceLayer", MAX_PAGE_SIZE,
                "Commerce Layer refuses larger pages with 400; pageSize=25 makes the fewest requests", "skus",
                // the attribute an import finds an existing record by: unique per resource
                Map.of("skus", "code", "customers", "email", "markets", "code", "stock_locations", "code",
                        "price_lists", "code", "shipping_categories", "code", "sku_options", "code", "bundles", "code"));
    }
}
