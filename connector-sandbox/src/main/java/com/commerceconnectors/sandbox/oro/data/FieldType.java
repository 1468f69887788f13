package com.commerceconnectors.sandbox.oro.data;

/** The data type of an attribute, which decides how filters parse and compare its values. */
public enum FieldType {
    INTEGER("integer"),
    DECIMAL("decimal"),
    STRING("string"),
    BOOLEAN("boolean"),
    /** ISO 8601 in UTC, rendered {@code 2024-03-01T10:00:00Z}. */
    DATETIME("datetime"),
    /** A structured value (an array or object); neither filterable nor sortable. */
    OBJECT("object");

    private final String label;

    FieldType(String label) {
        this.label = label;
    }

    /** The word Oro's error messages use ("Expected integer value."). */
    public String label() {
        return label;
    }

    public boolean scalar() {
        return this != OBJECT;
    }
}
