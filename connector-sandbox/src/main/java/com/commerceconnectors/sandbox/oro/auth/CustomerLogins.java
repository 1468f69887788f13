package com.commerceconnectors.sandbox.oro.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * Storefront sign-in for the password grant: customer users by e-mail (case-insensitive, as Oro compares them), and
 * the {@code guest}/{@code guest} pair that gives a visitor a token while the guest storefront API is on.
 */
public final class CustomerLogins {

    public static final String GUEST = "guest";

    private record Login(String email, String password, long customerUserId) {
    }

    private final Map<String, Login> byEmail = new ConcurrentHashMap<>();
    private final BooleanSupplier guestAccess;

    /** @param guestAccess whether the guest storefront API is on (read at each sign-in) */
    public CustomerLogins(BooleanSupplier guestAccess) {
        this.guestAccess = guestAccess;
    }

    public void put(String email, String password, long customerUserId) {
        byEmail.put(email.toLowerCase(Locale.ROOT), new Login(email, password, customerUserId));
    }

    /** The storefront caller for these credentials, or empty when they are wrong. */
    public Optional<Caller> authenticate(String username, String password) {
        if (GUEST.equals(username) && GUEST.equals(password)) {
            return guestAccess.getAsBoolean() ? Optional.of(new Caller(ApiKind.STOREFRONT, GUEST, 0))
                    : Optional.empty();
        }
        Login login = byEmail.get(username.toLowerCase(Locale.ROOT));
        if (login == null || !MessageDigest.isEqual(login.password().getBytes(StandardCharsets.UTF_8),
                password.getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        return Optional.of(new Caller(ApiKind.STOREFRONT, login.email(), login.customerUserId()));
    }
}
