package com.commerceconnectors.cli.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/** Counts outcomes as the senders report them, from any thread; each record line is reported exactly once. */
final class ImportTally {

    /** The counts at one moment, for progress lines. */
    record Counts(long created, long updated, long failed) {
    }

    private final AtomicLong created = new AtomicLong();
    private final AtomicLong updated = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final ConcurrentLinkedQueue<ImportError> errors = new ConcurrentLinkedQueue<>();

    void created() {
        created.incrementAndGet();
    }

    void updated() {
        updated.incrementAndGet();
    }

    void failed(ImportError error) {
        errors.add(error);
        failed.incrementAndGet();
    }

    Counts counts() {
        return new Counts(created.get(), updated.get(), failed.get());
    }

    /** The final summary; call once every sender has reported. */
    ImportSummary summary() {
        List<ImportError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparingLong(ImportError::line));
        return new ImportSummary(created.get(), updated.get(), failed.get(), sorted);
    }
}
