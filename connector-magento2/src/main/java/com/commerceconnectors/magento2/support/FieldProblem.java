package com.commerceconnectors.magento2.support;

import java.util.Objects;

/**
 * One field of a record that Magento refused, and what to do about it.
 *
 * @param field  the field as the record names it ({@code name}, {@code url_key}, {@code email}), or Magento's label
 *               for it when the label maps to no known field
 * @param advice what to change, in one clause
 */
public record FieldProblem(String field, String advice) {

    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(advice, "advice");
    }
}
