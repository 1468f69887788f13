package com.commerceconnectors.magento2;

import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.PollingConsumerPollStrategy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A poll strategy (the endpoint's pollStrategy option) that records what each finished poll answered, so a test can
 * wait for a poll to end instead of for a marker that might never come.
 */
final class RecordingPollStrategy implements PollingConsumerPollStrategy {

    private final List<Integer> polled = new CopyOnWriteArrayList<>();
    private final CountDownLatch firstPoll = new CountDownLatch(1);

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
        return true;
    }

    @Override
    public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
        polled.add(polledMessages);
        firstPoll.countDown();
    }

    @Override
    public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
        firstPoll.countDown();
        return false;
    }

    /** Waits until {@code count} polls ended well; returns what each answered, in order. */
    List<Integer> awaitPolls(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (polled.size() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + polled.size() + " of " + count + " polls ended within 30 s");
            }
            Thread.sleep(10);
        }
        return List.copyOf(polled.subList(0, count));
    }

    /** Waits for the first poll to end; returns what it answered, or null when it failed. */
    Integer awaitFirstPoll() throws InterruptedException {
        if (!firstPoll.await(30, TimeUnit.SECONDS)) {
            throw new AssertionError("no poll ended within 30 s");
        }
        return polled.isEmpty() ? null : polled.get(0);
    }
}
