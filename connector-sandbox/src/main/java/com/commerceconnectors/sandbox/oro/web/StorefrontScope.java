package com.commerceconnectors.sandbox.oro.web;

import com.commerceconnectors.sandbox.oro.auth.ApiKind;
import com.commerceconnectors.sandbox.oro.auth.Caller;
import com.commerceconnectors.sandbox.oro.data.OroData;
import com.commerceconnectors.sandbox.oro.data.Resource;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What a storefront caller may see, as Oro's customer ACL limits it: a customer user sees its own customer, that
 * customer's users and orders; a guest sees none of them. Catalogue data is visible to every storefront caller;
 * back-office resources ({@code users}, {@code organizations}) are never included. The back office sees everything.
 */
final class StorefrontScope {

    private final OroData data;

    StorefrontScope(OroData data) {
        this.data = data;
    }

    /** The rows of {@code type} the caller may see. */
    Predicate<Resource> visibleTo(ApiKind api, Caller caller) {
        if (api == ApiKind.BACK_OFFICE) {
            return row -> true;
        }
        Optional<Long> customer = data.store("customerusers").find(caller.userId())
                .flatMap(user -> user.related("customer").stream().findFirst());
        return row -> switch (row.type()) {
            case "customers" -> customer.isPresent() && customer.get() == row.id();
            case "customerusers", "orders" -> customer.isPresent()
                    && row.related("customer").equals(List.of(customer.get()));
            default -> data.schema().type(row.type()).map(t -> t.servedOn(ApiKind.STOREFRONT)).orElse(false);
        };
    }
}
