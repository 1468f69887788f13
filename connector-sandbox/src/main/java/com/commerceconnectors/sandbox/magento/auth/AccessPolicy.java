package com.commerceconnectors.sandbox.magento.auth;

import com.commerceconnectors.sandbox.magento.web.Route;

/**
 * The web API ACL: {@code anonymous} routes are open, {@code self} routes are for customers acting on their own
 * data, every other resource needs an admin whose role grants it (every listed resource) or an integration.
 */
public final class AccessPolicy {

    private final Accounts accounts;

    public AccessPolicy(Accounts accounts) {
        this.accounts = accounts;
    }

    public boolean allows(Caller caller, Route route) {
        if (route.anonymous()) {
            return true;
        }
        if (route.self()) {
            return caller.type() == UserType.CUSTOMER;
        }
        switch (caller.type()) {
            case INTEGRATION:
                return true;
            case ADMIN:
                return accounts.adminById(caller.userId())
                        .map(user -> route.resources().stream().allMatch(user::allows))
                        .orElse(false);
            default:
                return false;
        }
    }
}
