package com.commerceconnectors.sandbox.commercelayer.jsonapi;

/** {@code page[number]} (from 1) and {@code page[size]}. */
public record PageRequest(int number, int size) {

    /** How many pages {@code recordCount} records fill: 0 for none. */
    public int pageCount(int recordCount) {
        return (recordCount + size - 1) / size;
    }

    public int offset() {
        return (number - 1) * size;
    }
}
