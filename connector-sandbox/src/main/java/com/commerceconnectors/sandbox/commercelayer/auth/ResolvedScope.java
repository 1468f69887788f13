package com.commerceconnectors.sandbox.commercelayer.auth;

import java.util.List;

/**
 * A requested scope checked against the organization's markets and stock locations.
 *
 * @param scope            the scope as the token will state it, e.g. {@code market:code:europe} or
 *                         {@code market:all}
 * @param marketIds        the markets in scope (empty for {@code market:all})
 * @param priceListId      the first market's price list, or {@code null}
 * @param stockLocationIds the stock locations in scope
 */
public record ResolvedScope(String scope, List<String> marketIds, String priceListId, List<String> stockLocationIds) {

    public static final String ALL = "market:all";

    public ResolvedScope {
        marketIds = List.copyOf(marketIds);
        stockLocationIds = List.copyOf(stockLocationIds);
    }

    public static ResolvedScope all() {
        return new ResolvedScope(ALL, List.of(), null, List.of());
    }

    public boolean restricted() {
        return !marketIds.isEmpty() || !stockLocationIds.isEmpty();
    }
}
