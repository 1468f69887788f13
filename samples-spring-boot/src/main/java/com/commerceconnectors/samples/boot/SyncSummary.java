package com.commerceconnectors.samples.boot;

import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicInteger;

/** What the sync did, counted by the route: SKUs created and updated. */
@Component
public class SyncSummary {

    private final AtomicInteger created = new AtomicInteger();
    private final AtomicInteger updated = new AtomicInteger();

    /** Counts one upsert by its outcome header ({@code created} or {@code updated}). */
    public void count(String outcome) {
        if ("created".equals(outcome)) {
            created.incrementAndGet();
        } else {
            updated.incrementAndGet();
        }
    }

    public int created() {
        return created.get();
    }

    public int updated() {
        return updated.get();
    }

    public int total() {
        return created() + updated();
    }
}
