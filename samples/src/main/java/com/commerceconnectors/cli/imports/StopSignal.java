package com.commerceconnectors.cli.imports;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** Set by the first record whose failure no other record can avoid; later records are then not sent. */
final class StopSignal {

    /** The line that stopped the run and why. */
    record Cause(long line, String message) {
    }

    private final AtomicReference<Cause> cause = new AtomicReference<>();

    /** Records the cause unless an earlier one is recorded already. */
    void stop(long line, String message) {
        cause.compareAndSet(null, new Cause(line, message));
    }

    boolean stopped() {
        return cause.get() != null;
    }

    Optional<Cause> cause() {
        return Optional.ofNullable(cause.get());
    }

    /** What a record that was not sent says. */
    String notSentMessage() {
        Cause c = cause.get();
        return "not sent: the import stopped after line " + c.line() + " failed in a way every record would"
                + " (see that line's message); fix the cause and import the file again";
    }
}
