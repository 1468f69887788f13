package com.commerceconnectors.sandbox.commercelayer.auth;

import java.util.Locale;

/**
 * Whom a token acts for: a {@code Customer} (password grant, JWT bearer) or a {@code User} (JWT bearer).
 *
 * @param type {@code Customer} or {@code User}, as the {@code owner.type} claim writes it
 */
public record Owner(String type, String id) {

    public static final String CUSTOMER = "Customer";
    public static final String USER = "User";

    public boolean isCustomer() {
        return CUSTOMER.equals(type);
    }

    /** {@code customer} or {@code user}: the token answer's {@code owner_type}. */
    public String answerType() {
        return type.toLowerCase(Locale.ROOT);
    }
}
