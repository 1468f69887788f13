package com.commerceconnectors.oro;

import com.commerceconnectors.core.camel.ConnectorDescriptor;

import java.util.Map;

/** What tools outside the component need to know of {@code oro:}. */
public final class OroDescriptor extends ConnectorDescriptor {

    /** Oro refuses a larger page[size] (or -1, which turns paging off). */
    public static final int MAX_PAGE_SIZE = 100;

    public OroDescriptor() {
        super("oro", "Oro", "CamelOro", MAX_PAGE_SIZE, "Oro's maximum page[size]", "products",
                // the attribute an import finds an existing record by: unique per entity
                Map.of("products", "sku", "users", "username", "customerusers", "email", "customers", "name",
                        "organizations", "name", "businessunits", "name"));
    }
}
