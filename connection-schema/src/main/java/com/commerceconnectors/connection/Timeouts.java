package com.commerceconnectors.connection;

import java.time.Duration;
import java.util.Objects;

/** Connect and read timeouts of every request made for a connection. */
public record Timeouts(Duration connect, Duration read) {

    public static final Timeouts DEFAULT = new Timeouts(Duration.ofSeconds(10), Duration.ofSeconds(60));

    public Timeouts {
        Objects.requireNonNull(connect, "connect");
        Objects.requireNonNull(read, "read");
    }

    public static Timeouts ofMillis(Long connectMs, Long readMs) {
        return new Timeouts(
                connectMs == null ? DEFAULT.connect() : Duration.ofMillis(connectMs),
                readMs == null ? DEFAULT.read() : Duration.ofMillis(readMs));
    }
}
