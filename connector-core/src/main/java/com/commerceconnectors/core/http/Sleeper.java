package com.commerceconnectors.core.http;

import java.time.Duration;

/** Waits between attempts; injected so tests never wait for real. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    /** {@link Thread#sleep}; always the same instance, so client options holding it compare equal. */
    static Sleeper system() {
        return ThreadSleeper.INSTANCE;
    }
}
