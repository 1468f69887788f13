package com.commerceconnectors.core.http;

import java.time.Clock;
import java.util.Objects;

/** How a component's clients retry, wait and tell time. */
public record ClientOptions(RetryPolicy retryPolicy, Sleeper sleeper, Clock clock) {

    public static final ClientOptions DEFAULT = new ClientOptions(RetryPolicy.DEFAULT, Sleeper.system(), Clock.systemUTC());

    public ClientOptions {
        Objects.requireNonNull(retryPolicy, "retryPolicy");
        Objects.requireNonNull(sleeper, "sleeper");
        Objects.requireNonNull(clock, "clock");
    }
}
