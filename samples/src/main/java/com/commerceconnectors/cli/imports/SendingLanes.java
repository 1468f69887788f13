package com.commerceconnectors.cli.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bounded concurrency that keeps records naming the same key in input order: each lane is one thread with a short
 * queue, and a key always goes to the same lane. So two lines with one SKU are never written at the same time (an
 * upsert reads before it writes; two at once would both read "missing" and both count as created), and the later
 * line wins, as it would in a sequential run. A full lane makes the reader wait, so memory stays bounded however
 * long the input is.
 */
final class SendingLanes implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SendingLanes.class);
    /** Enough to keep each lane busy while the reader parses; small enough to bound memory. */
    private static final int QUEUE_PER_LANE = 32;
    private static final Runnable END = () -> { };

    private final List<BlockingQueue<Runnable>> queues = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private boolean finished;

    SendingLanes(int lanes, String name) {
        for (int i = 0; i < lanes; i++) {
            BlockingQueue<Runnable> queue = new ArrayBlockingQueue<>(QUEUE_PER_LANE);
            Thread thread = new Thread(() -> drain(queue), name + "-" + (i + 1));
            thread.setDaemon(true);
            queues.add(queue);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
    }

    /**
     * Queues {@code task} on the lane of {@code key}; waits while that lane is full.
     *
     * @param key      the record's key as the platform compares keys, or {@code null} when it has none
     * @param fallback spreads records without a key over the lanes (their line number)
     */
    void submit(String key, long fallback, Runnable task) throws InterruptedException {
        int lane = key != null ? Math.floorMod(key.hashCode(), queues.size()) : (int) Math.floorMod(fallback, queues.size());
        queues.get(lane).put(task);
    }

    /** Waits until every queued task has run. */
    void finish() throws InterruptedException {
        if (finished) {
            return;
        }
        finished = true;
        for (BlockingQueue<Runnable> queue : queues) {
            queue.put(END);
        }
        for (Thread thread : threads) {
            thread.join();
        }
    }

    private static void drain(BlockingQueue<Runnable> queue) {
        while (true) {
            Runnable task;
            try {
                task = queue.take();
            } catch (InterruptedException e) {
                return; // the run was abandoned
            }
            if (task == END) {
                return;
            }
            try {
                task.run();
            } catch (RuntimeException e) {
                // a task reports its own outcome; this is a bug in it, and the lane must carry on with the others
                LOG.warn("A record could not be reported ({})", e.getClass().getSimpleName());
                LOG.debug("Reporting failure", e);
            }
        }
    }

    /** Stops the lanes without waiting for queued tasks, when the run is abandoned. */
    @Override
    public void close() {
        if (!finished) {
            finished = true;
            threads.forEach(Thread::interrupt);
        }
    }
}
