package com.commerceconnectors.sandbox.magento.search;

import java.util.List;

/** One page of matches and how many rows matched in all. */
public record SearchPage<R>(List<R> items, int totalCount) {

    public SearchPage {
        items = List.copyOf(items);
    }
}
