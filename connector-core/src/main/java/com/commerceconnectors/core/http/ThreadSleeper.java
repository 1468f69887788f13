package com.commerceconnectors.core.http;

import java.time.Duration;

/** {@link Sleeper#system()}: one instance, so two endpoints' client options with it are equal and share a client. */
enum ThreadSleeper implements Sleeper {
    INSTANCE;

    @Override
    public void sleep(Duration d) throws InterruptedException {
        if (!d.isZero() && !d.isNegative()) {
            Thread.sleep(d.toMillis(), d.toNanosPart() % 1_000_000);
        }
    }

    @Override
    public String toString() {
        return "Sleeper.system()";
    }
}
