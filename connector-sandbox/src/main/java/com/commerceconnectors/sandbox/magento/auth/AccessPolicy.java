package com.commerceconnectors.sandbox.magento.auth;

import com.commerceconnectors.sandbox.magento.integration.Integrations;
import com.commerceconnectors.sandbox.magento.web.Route;

/**
 * The web API ACL: {@code anonymous} routes are open, {@code self} routes are for customers acting on their own
 * data, every other resource needs an admin whose role grants it (every listed resource) or an active integration
 * granted it (or granted "All").
 */
public final class AccessPolicy {

    private final Accounts accounts;
    private final Integrations integrations;

    public AccessPolicy(Accounts accounts, Integrations integrations) {
        this.accounts = accounts;
        this.integrations = integrations;
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
                return integrations.byId(caller.userId())
                        .map(integration -> integration.active()
                                && route.resources().stream().allMatch(integration::allows))
                        .orElse(false);
            case ADMIN:
                return accounts.adminById(caller.userId())
                        .map(user -> route.resources().stream().allMatch(user::allows))
                        .orElse(false);
            default:
                return false;
        }
    }
}
