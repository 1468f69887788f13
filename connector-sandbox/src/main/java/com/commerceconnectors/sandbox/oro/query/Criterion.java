package com.commerceconnectors.sandbox.oro.query;

import com.commerceconnectors.sandbox.oro.data.FieldType;

import java.util.List;

/**
 * One filter of a request: {@code field operator values}. Several values mean OR (for {@code neq}: none of
 * them); {@code rangeFrom..rangeTo} is an inclusive range (for {@code neq}: outside it).
 *
 * @param parameter the query parameter as the client wrote it, for error messages
 */
record Criterion(String field, FieldType type, FilterOperator operator, List<Comparable<?>> values,
                 Comparable<?> rangeFrom, Comparable<?> rangeTo, String parameter) {

    boolean isRange() {
        return rangeFrom != null;
    }
}
