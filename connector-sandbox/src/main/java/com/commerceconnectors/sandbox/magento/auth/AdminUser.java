package com.commerceconnectors.sandbox.magento.auth;

import java.util.Set;

/**
 * An admin user. {@code resources} empty means the Administrators role (every ACL resource); otherwise the user's
 * role grants exactly those resources.
 */
public record AdminUser(long id, String username, boolean active, Set<String> resources) {

    public AdminUser {
        resources = Set.copyOf(resources);
    }

    public boolean allows(String resource) {
        return resources.isEmpty() || resources.contains(resource);
    }
}
