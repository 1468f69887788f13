package com.commerceconnectors.sandbox.magento.bulk;

/**
 * One row of Magento's {@code magento_operation} table as the status endpoints show it.
 *
 * @param id                   the operation's key within its bulk: the index of its entity in the request
 * @param bulkUuid             the bulk it belongs to
 * @param topicName            the queue topic, e.g. {@code async.magento.catalog.api.productrepositoryinterface.save.post}
 * @param serializedData       the queued message: {@code {"entity_id":null,"entity_link":"","meta_information":…}}
 * @param status               where the operation stands
 * @param resultMessage        what the consumer said; {@code null} while open
 * @param errorCode            the failure's code; {@code null} unless it failed
 * @param resultSerializedData the service's output (the saved entity as JSON) once complete, else {@code null}
 */
public record BulkOperation(int id, String bulkUuid, String topicName, String serializedData, OperationStatus status,
                            String resultMessage, Integer errorCode, String resultSerializedData) {

    static BulkOperation open(int id, String bulkUuid, String topicName, String serializedData) {
        return new BulkOperation(id, bulkUuid, topicName, serializedData, OperationStatus.OPEN, null, null, null);
    }

    BulkOperation finished(OperationResult result) {
        return new BulkOperation(id, bulkUuid, topicName, serializedData, result.status(), result.message(),
                result.errorCode(), result.output());
    }

    public boolean isOpen() {
        return status == OperationStatus.OPEN;
    }
}
