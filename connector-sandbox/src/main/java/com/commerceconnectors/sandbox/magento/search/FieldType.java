package com.commerceconnectors.sandbox.magento.search;

/** How MySQL compares a column. */
public enum FieldType {
    /** Whole numbers; a string operand is converted to a number (its numeric prefix, else 0). */
    INTEGER,
    /** Decimal numbers, compared like {@link #INTEGER}. */
    DECIMAL,
    /** {@code DATETIME}: a valid date literal compares as a date, anything else as a string. */
    DATETIME,
    /** Text under a case-insensitive collation that ignores trailing spaces. */
    TEXT,
    /** A virtual filter on a set of ids, e.g. the products of a category ({@code category_id}). */
    ID_SET,
    /** A column that exists for Magento but breaks its SQL when filtered on (e.g. {@code category_ids}). */
    BROKEN
}
