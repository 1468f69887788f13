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
    raw,
    /**
     * Creates the record in the body with POST (products: Magento's save, which overwrites an existing SKU). Never
     * repeated after a failure whose outcome is unknown.
     */
    create,
    /** Updates an existing record with PUT; NOT_FOUND when there is none (a product is read first to know). */
    update,
    /** Deletes the record named by header CamelMagento2ResourceKey, a key body, or the record's key field. */
    delete,
    /** Reads the record by key, then updates it or creates it; header CamelMagento2WriteOutcome says which. */
    upsert,
    /**
     * Saves a list of records through Magento's asynchronous bulk API (products), one request per bulkSize records,
     * and by default waits for Magento to process them; the body becomes the summary.
     */
    bulk
}
