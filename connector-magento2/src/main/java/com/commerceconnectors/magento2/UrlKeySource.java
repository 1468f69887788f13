package com.commerceconnectors.magento2;

/** Where a new product's {@code url_key} comes from when the record sends none (the {@code urlKeyFrom} option). */
public enum UrlKeySource {
    /** Magento's own rule: the product's name, formatted (lower case, other characters turned into dashes). */
    name,
    /**
     * The product's SKU, formatted the same way by Magento: unique wherever SKUs are, so products sharing a name do
     * not clash on their URL key.
     */
    sku
}
