package com.commerceconnectors.sandbox.magento.auth;

/** Who a request acts as, once its credentials were checked. */
public record Caller(UserType type, long userId, String name) {

    public static final Caller GUEST = new Caller(UserType.GUEST, 0, "guest");

    public boolean isGuest() {
        return type == UserType.GUEST;
    }
}
