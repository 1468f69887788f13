package com.commerceconnectors.sandbox.commercelayer.auth;

import java.time.Instant;
import java.util.List;

/**
 * Who an API request comes from, read from its verified access token.
 *
 * @param owner     the customer or user the token acts for, or {@code null}
 * @param marketIds the markets in the token's scope (empty: all)
 * @param expiresAt the token's {@code exp}
 */
public record Caller(Application application, Owner owner, List<String> marketIds, String priceListId,
                     Instant expiresAt) {

    public Caller {
        marketIds = List.copyOf(marketIds);
    }

    public boolean isIntegration() {
        return application.kind() == ApplicationKind.INTEGRATION;
    }

    public boolean actsForCustomer() {
        return owner != null && owner.isCustomer();
    }
}
