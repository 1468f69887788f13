package com.commerceconnectors.magento2.bulk;

import java.util.Objects;

/**
 * One operation as a bulk status answer reports it.
 *
 * @param id      the operation's id: its record's position in the request
 * @param state   where it stands
 * @param message Magento's result message ({@code result_message}), if any
 */
record OperationReport(int id, OperationState state, String message) {

    OperationReport {
        Objects.requireNonNull(state, "state");
    }
}
