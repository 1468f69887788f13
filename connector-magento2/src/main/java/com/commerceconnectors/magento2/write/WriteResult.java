package com.commerceconnectors.magento2.write;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/**
 * What a write did and what Magento answered.
 *
 * @param outcome created, updated or deleted
 * @param status  the HTTP status of the write
 * @param body    Magento's answer: the saved record, or {@code true} for a delete
 */
public record WriteResult(WriteOutcome outcome, int status, JsonNode body) {

    public WriteResult {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(body, "body");
    }
}
