package com.commerceconnectors.sandbox.magento.bulk;

import com.commerceconnectors.sandbox.magento.auth.Caller;
import com.commerceconnectors.sandbox.magento.web.MagentoException;
import com.commerceconnectors.sandbox.magento.web.MagentoTime;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Magento's bulk tables ({@code magento_bulk}, {@code magento_operation}) and the message queue behind the
 * asynchronous web API, with the {@code async.operations.all} consumer that applies queued operations in the order
 * they were accepted.
 * <p>
 * Controls for tests:
 * <ul>
 *   <li>When the consumer runs. By default ({@code consumeAfterPolls(1)}) it catches up with a bulk once that bulk's
 *       status has been answered once: the first status request sees the operations open, the next one sees them
 *       processed. {@link #consumeAfterPolls(int)} changes the number (0: before the first answer);
 *       {@link #consumeManually()} stops it, as a store whose consumer is not running, until a test calls
 *       {@link #runConsumer()} or {@link #runConsumer(int)}.</li>
 *   <li>Failures the data does not cause: {@link #failNext(int, OperationStatus, String, int)} makes the next
 *       operations processed end with that status instead of running, e.g. {@link #deadlockNext(int)} for a
 *       retriable failure.</li>
 * </ul>
 * An operation whose service refuses the entity (a validation error) ends {@link OperationStatus#NOT_RETRIABLY_FAILED}
 * with the rendered message and error code 0, as Magento's operation processor records it.
 */
public final class BulkQueue {

    /** The message Magento records for a deadlock, an operation that may succeed when tried again. */
    public static final String DEADLOCK_MESSAGE = "SQLSTATE[40001]: Serialization failure: 1213 Deadlock found when"
            + " trying to get lock; try restarting transaction";

    private final Clock clock;
    private final Map<String, Bulk> bulks = new LinkedHashMap<>();
    private final Deque<Queued> queue = new ArrayDeque<>();
    private final Deque<OperationResult> injected = new ArrayDeque<>();
    private boolean manual;
    private int afterPolls = 1;
    private int processed;

    public BulkQueue(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** One queued message: a bulk and the position of the operation in it. */
    private record Queued(Bulk bulk, int position) {
    }

    /**
     * Records a new bulk with every entity as an open operation and queues them; what the asynchronous endpoints do
     * once the request's entities passed input validation.
     */
    public synchronized BulkSnapshot schedule(Caller caller, BulkTopic topic, List<QueuedEntity> entities) {
        String uuid = UUID.randomUUID().toString();
        Bulk bulk = new Bulk(uuid, topic, MagentoTime.now(clock), caller.type().magentoId(), caller.userId(), entities);
        bulks.put(uuid, bulk);
        for (int position = 0; position < bulk.size(); position++) {
            queue.addLast(new Queued(bulk, position));
        }
        return bulk.snapshot();
    }

    /** The bulk as it stands, without counting as a status request. */
    public synchronized Optional<BulkSnapshot> find(String uuid) {
        Bulk bulk = bulks.get(uuid);
        return bulk == null ? Optional.empty() : Optional.of(bulk.snapshot());
    }

    /**
     * What a status endpoint answers: the bulk after the consumer caught up with it if it is due (see
     * {@link #consumeAfterPolls(int)}); counts as one status request.
     */
    public synchronized Optional<BulkSnapshot> poll(String uuid) {
        Bulk bulk = bulks.get(uuid);
        if (bulk == null) {
            return Optional.empty();
        }
        if (!manual && bulk.polls() >= afterPolls) {
            while (bulk.hasOpen() && !queue.isEmpty()) {
                processOne();
            }
        }
        bulk.polled();
        return Optional.of(bulk.snapshot());
    }

    /** Runs the consumer until the queue is empty; returns how many operations it processed. */
    public int runConsumer() {
        return runConsumer(Integer.MAX_VALUE);
    }

    /** Processes at most {@code maxOperations} queued operations, oldest first; returns how many it processed. */
    public synchronized int runConsumer(int maxOperations) {
        if (maxOperations < 0) {
            throw new IllegalArgumentException("cannot process a negative number of operations");
        }
        int count = 0;
        while (count < maxOperations && !queue.isEmpty()) {
            processOne();
            count++;
        }
        return count;
    }

    /** The consumer does not run by itself any more (as when {@code async.operations.all} is not started). */
    public synchronized BulkQueue consumeManually() {
        this.manual = true;
        return this;
    }

    /** The consumer catches up with a bulk once {@code polls} status requests for it have been answered. */
    public synchronized BulkQueue consumeAfterPolls(int polls) {
        if (polls < 0) {
            throw new IllegalArgumentException("a number of status requests cannot be negative");
        }
        this.manual = false;
        this.afterPolls = polls;
        return this;
    }

    /**
     * The next {@code count} operations the consumer processes end with {@code status} and {@code message} instead
     * of running (their entities are not applied).
     */
    public synchronized BulkQueue failNext(int count, OperationStatus status, String message, int errorCode) {
        Objects.requireNonNull(message, "message");
        if (status == OperationStatus.COMPLETE || status == OperationStatus.OPEN) {
            throw new IllegalArgumentException("failNext takes a failure status, not " + status);
        }
        for (int i = 0; i < count; i++) {
            injected.addLast(new OperationResult(status, message, errorCode, null));
        }
        return this;
    }

    /** The next {@code count} operations hit a database deadlock: retriably failed, not applied. */
    public BulkQueue deadlockNext(int count) {
        return failNext(count, OperationStatus.RETRIABLY_FAILED, DEADLOCK_MESSAGE, 1213);
    }

    /** Operations accepted and not processed yet. */
    public synchronized int openOperations() {
        return queue.size();
    }

    /** Operations the consumer has processed since the sandbox started. */
    public synchronized int processedOperations() {
        return processed;
    }

    /** Every bulk accepted so far, oldest first. */
    public synchronized List<BulkSnapshot> bulks() {
        List<BulkSnapshot> result = new ArrayList<>(bulks.size());
        bulks.values().forEach(bulk -> result.add(bulk.snapshot()));
        return result;
    }

    private void processOne() {
        Queued next = queue.pollFirst();
        Bulk bulk = next.bulk();
        OperationResult result = injected.isEmpty() ? execute(bulk.topic(), bulk.task(next.position()))
                : injected.pollFirst();
        bulk.finish(next.position(), result);
        processed++;
    }

    private static OperationResult execute(BulkTopic topic, BulkTask task) {
        try {
            return OperationResult.complete(topic.serviceMethod(), task.run());
        } catch (MagentoException e) {
            return new OperationResult(OperationStatus.NOT_RETRIABLY_FAILED, PhraseText.of(e), 0, null);
        } catch (RuntimeException e) {
            // Magento records any other exception the same way, with its message
            String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            return new OperationResult(OperationStatus.NOT_RETRIABLY_FAILED, message, 0, null);
        }
    }
}
