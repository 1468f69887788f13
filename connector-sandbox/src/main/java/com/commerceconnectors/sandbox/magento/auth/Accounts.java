package com.commerceconnectors.sandbox.magento.auth;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Who can sign in: admin users (usernames match case-insensitively, as MySQL compares them), customer passwords
 * (the customers themselves live in the customer directory) and integrations' static access tokens.
 */
public final class Accounts {

    private static final Pattern OPAQUE_TOKEN = Pattern.compile("[a-z0-9]{32}");

    private final Map<String, AdminUser> admins = new ConcurrentHashMap<>();
    private final Map<Long, byte[]> adminPasswords = new ConcurrentHashMap<>();
    private final AtomicLong nextAdminId = new AtomicLong(1);
    private final Map<Long, byte[]> customerPasswords = new ConcurrentHashMap<>();
    private final Map<String, Long> integrationTokens = new ConcurrentHashMap<>();
    private final AtomicLong nextIntegrationId = new AtomicLong(1);

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

    /** Registers an integration's access token (32 lower-case letters and digits, as Magento generates them). */
    public long addIntegrationToken(String token) {
        if (token == null || !OPAQUE_TOKEN.matcher(token).matches()) {
            throw new IllegalArgumentException("an integration access token has 32 characters a-z and 0-9");
        }
        long id = nextIntegrationId.getAndIncrement();
        if (integrationTokens.putIfAbsent(token, id) != null) {
            throw new IllegalArgumentException("this integration token is registered already");
        }
        return id;
    }

    public boolean removeIntegrationToken(String token) {
        return integrationTokens.remove(token) != null;
    }

    public OptionalLong integrationId(String token) {
        Long id = integrationTokens.get(token);
        return id == null ? OptionalLong.empty() : OptionalLong.of(id);
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
