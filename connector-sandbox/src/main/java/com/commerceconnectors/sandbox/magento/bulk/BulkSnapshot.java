package com.commerceconnectors.sandbox.magento.bulk;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A bulk and its operations at one moment (a copy: later processing does not change it).
 *
 * @param uuid           the bulk's UUID
 * @param description    "Topic " and the queue topic
 * @param startTime      when it was accepted (UTC)
 * @param userType       Magento's user type id of the caller (1 integration, 2 admin, 3 customer)
 * @param userId         the caller's id
 * @param operationCount how many operations were scheduled
 * @param operations     the operations, in request order
 */
public record BulkSnapshot(String uuid, String description, LocalDateTime startTime, int userType, long userId,
                           int operationCount, List<BulkOperation> operations) {

    public BulkSnapshot {
        operations = List.copyOf(operations);
    }

    public long count(OperationStatus status) {
        return operations.stream().filter(o -> o.status() == status).count();
    }

    public boolean finished() {
        return operations.stream().noneMatch(BulkOperation::isOpen);
    }
}
