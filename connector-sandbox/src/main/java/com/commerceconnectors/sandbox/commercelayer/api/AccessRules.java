package com.commerceconnectors.sandbox.commercelayer.api;

import com.commerceconnectors.sandbox.commercelayer.auth.Caller;
import com.commerceconnectors.sandbox.commercelayer.jsonapi.JsonApiException;
import com.commerceconnectors.sandbox.commercelayer.store.Resource;
import com.commerceconnectors.sandbox.commercelayer.store.ResourceStore;
import com.commerceconnectors.sandbox.commercelayer.store.Schema;

import java.util.Set;

/**
 * What each kind of credentials may see and do, after Commerce Layer's roles: an integration reads and writes
 * everything; a sales channel reads the catalog of its market (prices of its price list only, its markets only),
 * and customers, orders and line items only when the token acts for a customer — then only that customer's own.
 * Sales channels write nothing here (the storefront write flows are not emulated): 401 {@code UNAUTHORIZED}.
 */
final class AccessRules {

    private static final Set<String> CATALOG = Set.of(Schema.SKUS, Schema.PRICES, Schema.PRICE_LISTS,
            Schema.STOCK_ITEMS, Schema.STOCK_LOCATIONS, Schema.SHIPPING_CATEGORIES, Schema.MARKETS);
    private static final Set<String> CUSTOMER_OWNED = Set.of(Schema.CUSTOMERS, Schema.ORDERS, Schema.LINE_ITEMS);

    private final ResourceStore store;

    AccessRules(ResourceStore store) {
        this.store = store;
    }

    void checkRead(Caller caller, String type) {
        if (caller.isIntegration() || CATALOG.contains(type)
                || (CUSTOMER_OWNED.contains(type) && caller.actsForCustomer())) {
            return;
        }
        throw JsonApiException.unauthorized();
    }

    void checkWrite(Caller caller) {
        if (!caller.isIntegration()) {
            throw JsonApiException.unauthorized();
        }
    }

    /** Whether a resource of a readable type is within the caller's reach. */
    boolean visible(Caller caller, Resource resource) {
        if (caller.isIntegration()) {
            return true;
        }
        switch (resource.type()) {
            case Schema.CUSTOMERS:
                return resource.id().equals(caller.owner().id());
            case Schema.ORDERS:
                return caller.owner().id().equals(resource.links().get("customer"));
            case Schema.LINE_ITEMS:
                String order = resource.links().get("order");
                return order != null && store.find(Schema.ORDERS, order).map(o -> visible(caller, o)).orElse(false);
            case Schema.PRICES:
                return caller.priceListId() == null || caller.priceListId().equals(resource.links().get("price_list"));
            case Schema.MARKETS:
                return caller.marketIds().isEmpty() || caller.marketIds().contains(resource.id());
            default:
                return true;
        }
    }
}
