package com.commerceconnectors.sandbox.magento.bulk;

import java.util.Objects;

/**
 * What the consumer recorded for an operation it processed.
 *
 * @param status    never {@link OperationStatus#OPEN}
 * @param message   the result message
 * @param errorCode the failure's code, {@code null} on success
 * @param output    the serialized output of the service call on success, else {@code null}
 */
record OperationResult(OperationStatus status, String message, Integer errorCode, String output) {

    OperationResult {
        Objects.requireNonNull(status, "status");
        if (status == OperationStatus.OPEN) {
            throw new IllegalArgumentException("a processed operation is no longer open");
        }
    }

    static OperationResult complete(String serviceMethod, String output) {
        return new OperationResult(OperationStatus.COMPLETE, "Service execution success " + serviceMethod, null, output);
    }
}
