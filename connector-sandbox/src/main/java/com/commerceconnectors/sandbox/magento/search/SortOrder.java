package com.commerceconnectors.sandbox.magento.search;

/**
 * One sort key. {@code direction} is {@code ASC}, {@code DESC} or {@code null}; Magento's sorting processor treats
 * anything but {@code ASC} as descending, so a missing direction sorts descending.
 */
public record SortOrder(String field, String direction) {

    public boolean ascending() {
        return "ASC".equals(direction);
    }
}
