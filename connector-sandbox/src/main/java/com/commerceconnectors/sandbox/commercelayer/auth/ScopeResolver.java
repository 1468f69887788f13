package com.commerceconnectors.sandbox.commercelayer.auth;

import com.commerceconnectors.sandbox.commercelayer.store.Resource;
import com.commerceconnectors.sandbox.commercelayer.store.ResourceStore;
import com.commerceconnectors.sandbox.commercelayer.store.Schema;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a scope the way Commerce Layer's auth server does: space-separated {@code market:{id|code}:VALUE} and
 * {@code stock_location:{id|code}:VALUE} entries naming things that exist, or {@code market:all}. The legacy forms
 * ({@code market:123}) and anything unknown are {@code invalid_scope}.
 */
final class ScopeResolver {

    private final ResourceStore store;

    ScopeResolver(ResourceStore store) {
        this.store = store;
    }

    /** @param scope the {@code scope} parameter; {@code null} or blank means none was sent */
    ResolvedScope resolve(String scope, boolean required) {
        if (scope == null || scope.isBlank()) {
            if (required) {
                throw OAuthError.invalidScope();
            }
            return ResolvedScope.all();
        }
        String normalised = String.join(" ", scope.strip().split("\\s+"));
        if (normalised.equals(ResolvedScope.ALL)) {
            if (required) {
                throw OAuthError.invalidScope();
            }
            return ResolvedScope.all();
        }
        List<String> markets = new ArrayList<>();
        Set<String> stockLocations = new LinkedHashSet<>();
        String priceList = null;
        for (String entry : normalised.split(" ")) {
            String[] parts = entry.split(":", -1);
            if (parts.length != 3 || parts[2].isEmpty() || !(parts[1].equals("id") || parts[1].equals("code"))) {
                throw OAuthError.invalidScope();
            }
            if (parts[0].equals("market")) {
                Resource market = find(Schema.MARKETS, parts[1], parts[2]).orElseThrow(OAuthError::invalidScope);
                if (market.value("disabled_at") != null) {
                    throw OAuthError.invalidScope();
                }
                markets.add(market.id());
                if (priceList == null) {
                    priceList = market.links().get("price_list");
                }
                String inventory = market.links().get("inventory_model");
                if (inventory != null) {
                    stockLocations.add(inventory);
                }
            } else if (parts[0].equals("stock_location")) {
                stockLocations.add(find(Schema.STOCK_LOCATIONS, parts[1], parts[2])
                        .orElseThrow(OAuthError::invalidScope).id());
            } else {
                throw OAuthError.invalidScope();
            }
        }
        return new ResolvedScope(normalised, markets, priceList, new ArrayList<>(stockLocations));
    }

    private Optional<Resource> find(String type, String by, String value) {
        if (by.equals("id")) {
            return store.find(type, value);
        }
        return store.where(type, "code", value).stream().findFirst();
    }
}
