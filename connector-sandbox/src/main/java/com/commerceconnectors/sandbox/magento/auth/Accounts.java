package com.commerceconnectors.sandbox.magento.auth;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Who can sign in: admin users (usernames match case-insensitively, as MySQL compares them) and customer passwords
 * (the customers themselves live in the customer directory). Integrations have a registry of their own.
 */
public final class Accounts {

    private final Map<String, AdminUser> admins = new ConcurrentHashMap<>();
    private final Map<Long, byte[]> adminPasswords = new ConcurrentHashMap<>();
    private final AtomicLong nextAdminId = new AtomicLong(1);
    private final Map<Long, byte[]> customerPasswords = new ConcurrentHashMap<>();

    /**
     * Adds an admin user. With no {@code resources} the user is an Administrator; otherwise its role grants only
     * those ACL resources (e.g. {@code Magento_Catalog::products}).
     */
    public AdminUser addAdmin(String username, String password, String... resources) {
        requireText(username, "username");
        requireText(password, "password");
        String key = username.toLowerCase(Locale.ROOT);
        AdminUser user = new AdminUser(nextAdminId.getAndIncrement(), username, true,
                Set.copyOf(Arrays.asList(resources)));
        if (admins.putIfAbsent(key, user) != null) {
            throw new IllegalArgumentException("an admin user named '" + username + "' exists already");
        }
        adminPasswords.put(user.id(), PasswordDigest.of(password));
        return user;
    }

    public Optional<AdminUser> admin(String username) {
        return username == null ? Optional.empty() : Optional.ofNullable(admins.get(username.toLowerCase(Locale.ROOT)));
    }

    public Optional<AdminUser> adminById(long id) {
        return admins.values().stream().filter(a -> a.id() == id).findFirst();
    }

    public List<AdminUser> admins() {
        return List.copyOf(admins.values());
    }

    public void setAdminPassword(String username, String password) {
        requireText(password, "password");
        AdminUser user = requireAdmin(username);
        adminPasswords.put(user.id(), PasswordDigest.of(password));
    }

    public void setAdminActive(String username, boolean active) {
        AdminUser user = requireAdmin(username);
        admins.put(user.username().toLowerCase(Locale.ROOT),
                new AdminUser(user.id(), user.username(), active, user.resources()));
    }

    /** The active admin with this username and password. */
    public Optional<AdminUser> authenticateAdmin(String username, String password) {
        return admin(username)
                .filter(AdminUser::active)
                .filter(user -> PasswordDigest.matches(adminPasswords.get(user.id()), password));
    }

    public void setCustomerPassword(long customerId, String password) {
        requireText(password, "password");
        customerPasswords.put(customerId, PasswordDigest.of(password));
    }

    public void removeCustomer(long customerId) {
        customerPasswords.remove(customerId);
    }

    public boolean customerPasswordMatches(long customerId, String password) {
        return PasswordDigest.matches(customerPasswords.get(customerId), password);
    }

    private AdminUser requireAdmin(String username) {
        return admin(username).orElseThrow(
                () -> new IllegalArgumentException("there is no admin user named '" + username + "'"));
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("the " + what + " must not be empty");
        }
    }
}
