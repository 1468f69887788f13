package com.commerceconnectors.sandbox.magento.search;

/** Reads a field's value of a row as seen from a store view; {@code null} is SQL NULL. */
@FunctionalInterface
public interface FieldReader<R> {

    Object read(R row, int storeId);
}
