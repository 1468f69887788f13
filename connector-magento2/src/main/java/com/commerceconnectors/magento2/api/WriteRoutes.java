package com.commerceconnectors.magento2.api;

/**
 * Where Magento accepts writes of a resource, below {@code /V1/}. A {@code null} path means Magento has no such
 * route for the resource (the producer then says to use {@code operation=raw}).
 *
 * @param createPath               POST target that creates a record, e.g. {@code products}
 * @param updatePath               PUT target with {@code {key}}, e.g. {@code products/{key}}
 * @param deletePath               DELETE target with {@code {key}}
 * @param updateCreatesWhenMissing whether Magento's PUT creates the record when the key is unknown (products: the
 *                                 PUT and POST routes both call {@code ProductRepository::save}, which looks the SKU
 *                                 up and creates when it finds nothing — on 2.3 and 2.4 alike)
 * @param hint                     what to use instead where Magento has no generic route, or {@code null}
 */
public record WriteRoutes(String createPath, String updatePath, String deletePath, boolean updateCreatesWhenMissing,
                          String hint) {

    /** No writes through the record routes. */
    public static WriteRoutes none(String hint) {
        return new WriteRoutes(null, null, null, false, hint);
    }

    /** POST {@code path}, PUT and DELETE {@code path/{key}}. */
    public static WriteRoutes crud(String path, boolean updateCreatesWhenMissing) {
        return new WriteRoutes(path, path + "/{key}", path + "/{key}", updateCreatesWhenMissing, null);
    }

    public boolean canCreate() {
        return createPath != null;
    }

    public boolean canUpdate() {
        return updatePath != null;
    }

    public boolean canDelete() {
        return deletePath != null;
    }
}
