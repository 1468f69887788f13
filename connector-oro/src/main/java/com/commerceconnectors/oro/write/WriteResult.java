package com.commerceconnectors.oro.write;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Objects;

/**
 * What a write did and what Oro answered.
 *
 * @param outcome created, updated or deleted
 * @param status  the HTTP status of the write
 * @param record  the saved record as Oro returned it (for a delete: its type and id)
 */
public record WriteResult(WriteOutcome outcome, int status, ObjectNode record) {
    public WriteResult {
        Objects.requireNonNull(outcome, "outcome");
    }
}
