package com.commerceconnectors.sandbox.magento.bulk;

import java.util.Objects;

/**
 * One entity of an asynchronous request, accepted and ready to queue.
 *
 * @param key             its key in the request body (the array index), which becomes the operation id
 * @param metaInformation the entity as the queue message carries it (JSON text)
 * @param storeId         the store the request addressed; the consumer applies the entity there
 * @param task            the service call that applies it
 */
public record QueuedEntity(int key, String metaInformation, int storeId, BulkTask task) {

    public QueuedEntity {
        Objects.requireNonNull(metaInformation, "metaInformation");
        Objects.requireNonNull(task, "task");
    }
}
