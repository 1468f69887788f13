package com.commerceconnectors.sandbox.commercelayer.ratelimit;

import java.util.Set;

/**
 * The classes Commerce Layer's API rate limits count requests in: reads of resources it can cache (the catalogue:
 * SKUs, prices, price lists, stock, markets…), reads of everything else, and writes. The average limit of a class
 * is the sum over all its endpoints; the burst limit counts each endpoint apart.
 */
public enum RequestClass {
    CACHEABLE_READ,
    UNCACHEABLE_READ,
    WRITE;

    /** The resources Commerce Layer documents as cacheable ({@code *_promotions} included). */
    private static final Set<String> CACHEABLE = Set.of("bundles", "imports", "markets", "prices", "price_lists",
            "promotions", "skus", "sku_options", "stock_items", "stock_locations");

    /** The class of a request with {@code method} to the collection {@code resourceType} (or one of its members). */
    public static RequestClass of(String method, String resourceType) {
        switch (method) {
            case "GET":
            case "HEAD":
            case "OPTIONS":
                return isCacheable(resourceType) ? CACHEABLE_READ : UNCACHEABLE_READ;
            default:
                return WRITE;
        }
    }

    private static boolean isCacheable(String resourceType) {
        return resourceType != null
                && (CACHEABLE.contains(resourceType) || resourceType.endsWith("_promotions"));
    }
}
