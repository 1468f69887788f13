package com.commerceconnectors.magento2;

/** What a magento2 producer does with an exchange. */
public enum Magento2Operation {
    /** Reads one record by key (header CamelMagento2ResourceKey or the body). */
    get,
    /** Runs a searchCriteria search: one page, or every page with fetchAll. */
    search,
    /** Checks the connection with a cheap authenticated call; the body becomes the verdict. */
    testConnection,
    /** Calls any path with any method (headers CamelMagento2HttpMethod and CamelMagento2HttpPath). */
    raw
}
