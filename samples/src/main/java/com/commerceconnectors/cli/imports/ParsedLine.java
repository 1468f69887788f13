package com.commerceconnectors.cli.imports;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** An input line, read: a record to send, or a line that cannot be one. */
sealed interface ParsedLine {

    long line();

    /**
     * A record to send.
     *
     * @param body the object as the line had it (bare or wrapped), with the shop-assigned fields dropped
     * @param key  the record's key, or {@code null} when it has none
     */
    record Record(long line, ObjectNode body, String key) implements ParsedLine {
    }

    /** A line that is not a JSON object; {@code message} says why without quoting it. */
    record Unreadable(long line, String message) implements ParsedLine {
    }
}
