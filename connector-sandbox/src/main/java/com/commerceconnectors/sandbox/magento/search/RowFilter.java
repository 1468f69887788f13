package com.commerceconnectors.sandbox.magento.search;

/** A compiled filter. */
@FunctionalInterface
interface RowFilter<R> {

    boolean test(R row, int storeId);
}
