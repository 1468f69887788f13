package com.commerceconnectors.commercelayer.write;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A write's outcome.
 *
 * @param outcome what it did
 * @param status  the HTTP status of the write
 * @param record  the record as Commerce Layer saved it; {@code null} after a delete
 */
public record WriteResult(WriteOutcome outcome, int status, ObjectNode record) {
}
