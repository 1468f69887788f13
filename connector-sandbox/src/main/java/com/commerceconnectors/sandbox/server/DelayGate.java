package com.commerceconnectors.sandbox.server;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Holds back a response for a while without sleeping blind: opening the gate (when the sandbox closes) releases
 * every waiting request at once, so shutting down never waits for an injected delay.
 */
public final class DelayGate {

    /** No injected delay lasts longer than this, whatever a test asks for, so nothing can hang. */
    public static final Duration MAX_DELAY = Duration.ofSeconds(10);

    private final CountDownLatch open = new CountDownLatch(1);

    public void pause(Duration delay) {
        Duration bounded = delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
        try {
            open.await(bounded.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public void open() {
        open.countDown();
    }
}
