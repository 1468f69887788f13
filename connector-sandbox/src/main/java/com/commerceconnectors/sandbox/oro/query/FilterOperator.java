package com.commerceconnectors.sandbox.oro.query;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Oro's filter operators, with the symbol of the short form ({@code filter[id]>=6}) and the name of the long one
 * ({@code filter[id][gte]=6}). Which are allowed depends on the field's type (see {@link ValueCodec}).
 */
public enum FilterOperator {
    EQ("=", "eq"),
    NEQ("!=", "neq"),
    LT("<", "lt"),
    LTE("<=", "lte"),
    GT(">", "gt"),
    GTE(">=", "gte"),
    EXISTS("*", "exists"),
    NEQ_OR_NULL("!*", "neq_or_null"),
    CONTAINS("~", "contains"),
    NOT_CONTAINS("!~", "not_contains"),
    STARTS_WITH("^", "starts_with"),
    NOT_STARTS_WITH("!^", "not_starts_with"),
    ENDS_WITH("$", "ends_with"),
    NOT_ENDS_WITH("!$", "not_ends_with");

    /** Longest symbol first, so {@code >=} is not read as {@code >} followed by {@code =…}. */
    static final List<FilterOperator> BY_SYMBOL_LENGTH = Arrays.stream(values())
            .sorted(Comparator.comparingInt((FilterOperator op) -> op.symbol.length()).reversed()).toList();

    private final String symbol;
    private final String operatorName;

    FilterOperator(String symbol, String operatorName) {
        this.symbol = symbol;
        this.operatorName = operatorName;
    }

    public String symbol() {
        return symbol;
    }

    public String operatorName() {
        return operatorName;
    }

    public static Optional<FilterOperator> byName(String name) {
        return Arrays.stream(values()).filter(op -> op.operatorName.equals(name)).findFirst();
    }
}
