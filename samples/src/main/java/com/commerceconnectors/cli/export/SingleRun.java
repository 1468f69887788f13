package com.commerceconnectors.cli.export;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.camel.Consumer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.spi.ExceptionHandler;
import org.apache.camel.spi.PollingConsumerPollStrategy;

/**
 * Turns a polling consumer into a one-shot run and reports how that run ended. As the consumer's poll strategy it
 * lets exactly one poll begin and learns when it returns ({@code commit}: the run is over) or throws
 * ({@code rollback}: it failed, e.g. an API error after the retries); as the consumer's exception handler it learns
 * of exchanges that failed. A run succeeded only when its poll returned and nothing failed: a marker on the last
 * record cannot say that, because a run that finds nothing sends none.
 */
public final class SingleRun implements PollingConsumerPollStrategy, ExceptionHandler {

    /** How the run ended: how many exchanges the poll delivered, or why it failed. */
    public record Outcome(int delivered, Throwable failure) {
        public boolean succeeded() {
            return failure == null;
        }
    }

    private final AtomicBoolean begun = new AtomicBoolean();
    private final CompletableFuture<Outcome> outcome = new CompletableFuture<>();
    private volatile Throwable firstFailure;

    @Override
    public boolean begin(Consumer consumer, Endpoint endpoint) {
        return begun.compareAndSet(false, true);
    }

    @Override
    public void commit(Consumer consumer, Endpoint endpoint, int polledMessages) {
        finish(polledMessages);
    }

    @Override
    public boolean rollback(Consumer consumer, Endpoint endpoint, int retryCounter, Exception cause) {
        record(cause);
        finish(0);
        return false; // a one-shot export fails rather than polls again
    }

    /** A failed exchange: the consumer stops the run and returns, so {@code commit} follows. */
    @Override
    public void handleException(String message, Exchange exchange, Throwable exception) {
        record(exception != null || exchange == null ? exception : exchange.getException());
    }

    /**
     * A failed poll; also reached for an {@link Error} thrown by the poll, which the consumer hands over without a
     * rollback: the waiting command must learn of that too.
     */
    @Override
    public void handleException(String message, Throwable exception) {
        record(exception);
        finish(0);
    }

    @Override
    public void handleException(Throwable exception) {
        handleException(null, exception);
    }

    private void record(Throwable cause) {
        if (firstFailure == null) {
            firstFailure = cause != null ? cause : new IllegalStateException("the consumer reported a failure without a cause");
        }
    }

    private void finish(int delivered) {
        outcome.complete(new Outcome(delivered, firstFailure));
    }

    /** Waits up to {@code timeout} for the poll to return or throw; empty while it still runs. */
    public Optional<Outcome> await(Duration timeout) throws InterruptedException {
        try {
            return Optional.of(outcome.get(timeout.toNanos(), TimeUnit.NANOSECONDS));
        } catch (TimeoutException stillRunning) {
            return Optional.empty();
        } catch (ExecutionException e) {
            // never completed exceptionally; kept for the compiler
            return Optional.of(new Outcome(0, e.getCause()));
        }
    }

    @Override
    public String toString() {
        return "SingleRun[begun=" + begun.get() + ", done=" + outcome.isDone() + "]";
    }
}
