package com.commerceconnectors.core.http;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How a component's clients retry, wait, tell time, and how long a refused sign-in keeps a connection from signing in
 * again. Part of a client's key: endpoints with other options get other clients.
 */
public record ClientOptions(RetryPolicy retryPolicy, Sleeper sleeper, Clock clock, Duration authFailureBackoff) {

    /** Six refused sign-ins lock a Magento admin for 30 minutes: one refusal waits that long before the next try. */
    public static final Duration DEFAULT_AUTH_FAILURE_BACKOFF = Duration.ofMinutes(30);

    public static final ClientOptions DEFAULT = new ClientOptions(RetryPolicy.DEFAULT, Sleeper.system(), Clock.systemUTC());

    public ClientOptions {
        Objects.requireNonNull(retryPolicy, "retryPolicy");
        Objects.requireNonNull(sleeper, "sleeper");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(authFailureBackoff, "authFailureBackoff");
        if (authFailureBackoff.isNegative()) {
            throw new IllegalArgumentException("authFailureBackoff must not be negative");
        }
    }

    public ClientOptions(RetryPolicy retryPolicy, Sleeper sleeper, Clock clock) {
        this(retryPolicy, sleeper, clock, DEFAULT_AUTH_FAILURE_BACKOFF);
    }
}
