package com.commerceconnectors.sandbox.commercelayer.store;

/** The JSON type of an attribute, which decides how filters compare it and how writes are checked. */
public enum ValueKind {
    STRING,
    INTEGER,
    /** A decimal number, such as a SKU's {@code weight}. */
    DECIMAL,
    BOOLEAN,
    /** An instant, written as {@code 2024-03-01T10:00:00.000Z}. */
    TIMESTAMP,
    /** A free JSON object, such as {@code metadata}. */
    OBJECT
}
