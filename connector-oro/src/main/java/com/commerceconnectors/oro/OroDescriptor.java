package com.commerceconnectors.oro;

import com.commerceconnectors.core.camel.ConnectorDescriptor;

import java.util.Map;
import java.util.Optional;

/** What tools outside the component need to know of {@code oro:}. */
public final class OroDescriptor implements ConnectorDescriptor {

    /** Oro refuses a larger page[size] (or -1, which turns paging off). */
    public static final int MAX_PAGE_SIZE = 100;

    /** The attribute an import finds an existing record by: unique per entity. */
    private static final Map<String, String> IMPORT_KEYS = Map.of(
            "products", "sku",
            "users", "username",
            "customerusers", "email",
            "customers", "name",
            "organizations", "name",
            "businessunits", "name");

    @Override
    public String scheme() {
        return "oro";
    }

    @Override
    public String platform() {
        return "Oro";
    }

    @Override
    public String headerPrefix() {
        return "CamelOro";
    }

    @Override
    public int maxPageSize() {
        return MAX_PAGE_SIZE;
    }

    @Override
    public String pageSizeLimitReason() {
        return "Oro's maximum page[size]";
    }

    @Override
    public String probeResource() {
        return "products";
    }

    @Override
    public Optional<String> importKey(String resource) {
        return Optional.ofNullable(IMPORT_KEYS.get(resource));
    }
}
