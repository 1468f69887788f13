package com.commerceconnectors.sandbox.oro.auth;

/**
 * The two JSON:API front ends of an Oro application. Their access tokens are not interchangeable: a token is
 * issued by a client of one of them and is refused by the other.
 */
public enum ApiKind {
    /** {@code /admin/api}: back-office users; WSSE or tokens of back-office OAuth applications. */
    BACK_OFFICE("/admin/api"),
    /** {@code /api}: customer users and guests; tokens of storefront OAuth applications. */
    STOREFRONT("/api");

    private final String prefix;

    ApiKind(String prefix) {
        this.prefix = prefix;
    }

    /** The path prefix under the application root. */
    public String prefix() {
        return prefix;
    }
}
