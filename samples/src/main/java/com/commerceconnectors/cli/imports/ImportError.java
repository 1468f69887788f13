package com.commerceconnectors.cli.imports;

import java.util.List;
import java.util.Objects;

/**
 * One input line that was not imported.
 *
 * @param line    the line's number in the input, from 1
 * @param key     the record's key (a product's SKU, a customer's id) when it could be read; else {@code null}
 * @param message what went wrong and what to do, in an operator's words; never a secret, never a stack trace
 * @param fields  the record fields the platform refused, when it named them; else empty
 */
public record ImportError(long line, String key, String message, List<String> fields) {

    public ImportError {
        Objects.requireNonNull(message, "message");
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
