package com.commerceconnectors.sandbox.magento.search;

import java.util.List;
import java.util.Optional;

/** The rows a search runs over, and the ordered indexes it may use instead of sorting. */
public interface RowSource<R> {

    /** Every row in entity-id order (a consistent snapshot). */
    List<R> byId();

    /**
     * Every row ordered by {@code field} ascending (NULL first), ties by entity id; empty when the field has no
     * index.
     */
    Optional<List<R>> orderedBy(String field);
}
