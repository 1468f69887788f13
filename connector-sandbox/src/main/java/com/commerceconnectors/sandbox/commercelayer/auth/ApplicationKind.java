package com.commerceconnectors.sandbox.commercelayer.auth;

/** The kinds of API credentials, as the token's {@code application.kind} claim names them. */
public enum ApplicationKind {
    /** Back-office credentials with a secret: read and write everything, no scope needed. */
    INTEGRATION("integration"),
    /** Storefront credentials, public (no secret): a market scope, read the catalog, customers act as themselves. */
    SALES_CHANNEL("sales_channel");

    private final String claim;

    ApplicationKind(String claim) {
        this.claim = claim;
    }

    public String claim() {
        return claim;
    }
}
