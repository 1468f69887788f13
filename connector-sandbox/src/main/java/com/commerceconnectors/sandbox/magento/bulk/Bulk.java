package com.commerceconnectors.sandbox.magento.bulk;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** One bulk as the queue keeps it; changed only under the queue's lock. */
final class Bulk {

    private final String uuid;
    private final BulkTopic topic;
    private final LocalDateTime startTime;
    private final int userType;
    private final long userId;
    private final List<BulkOperation> operations;
    private final List<BulkTask> tasks;
    private int polls;

    Bulk(String uuid, BulkTopic topic, LocalDateTime startTime, int userType, long userId, List<QueuedEntity> entities) {
        this.uuid = uuid;
        this.topic = topic;
        this.startTime = startTime;
        this.userType = userType;
        this.userId = userId;
        this.operations = new ArrayList<>(entities.size());
        this.tasks = new ArrayList<>(entities.size());
        for (QueuedEntity entity : entities) {
            operations.add(BulkOperation.open(entity.key(), uuid, topic.name(), MessageEnvelope.of(entity)));
            tasks.add(entity.task());
        }
    }

    String uuid() {
        return uuid;
    }

    BulkTopic topic() {
        return topic;
    }

    int size() {
        return operations.size();
    }

    BulkOperation operation(int position) {
        return operations.get(position);
    }

    BulkTask task(int position) {
        return tasks.get(position);
    }

    void finish(int position, OperationResult result) {
        operations.set(position, operations.get(position).finished(result));
    }

    boolean hasOpen() {
        return operations.stream().anyMatch(BulkOperation::isOpen);
    }

    int polls() {
        return polls;
    }

    void polled() {
        polls++;
    }

    BulkSnapshot snapshot() {
        return new BulkSnapshot(uuid, topic.description(), startTime, userType, userId, operations.size(), operations);
    }
}
