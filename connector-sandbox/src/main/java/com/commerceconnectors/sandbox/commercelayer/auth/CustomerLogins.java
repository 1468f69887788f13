package com.commerceconnectors.sandbox.commercelayer.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Customers' passwords for the password grant, by e-mail (case-insensitive), with the customer's id. */
public final class CustomerLogins {

    private record Login(String customerId, byte[] password) {
    }

    private final Map<String, Login> byEmail = new ConcurrentHashMap<>();

    public void set(String email, String customerId, String password) {
        byEmail.put(key(email), new Login(customerId, password.getBytes(StandardCharsets.UTF_8)));
    }

    /** The customer's id when the e-mail and password match. */
    public Optional<String> authenticate(String email, String password) {
        if (email == null || password == null) {
            return Optional.empty();
        }
        Login login = byEmail.get(key(email));
        if (login == null || !MessageDigest.isEqual(login.password(), password.getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        return Optional.of(login.customerId());
    }

    private static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
