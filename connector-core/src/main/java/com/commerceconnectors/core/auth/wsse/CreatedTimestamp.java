package com.commerceconnectors.core.auth.wsse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The {@code Created} of a UsernameToken: this machine's time, whole seconds, in UTC and the form of PHP's
 * {@code DATE_ATOM} ({@code 2026-05-04T09:59:55+00:00}), which Oro's ISO-8601 pattern accepts and {@code strtotime} reads.
 */
final class CreatedTimestamp {

    /**
     * How far before this machine's clock {@code Created} is set. Oro refuses a {@code Created} that is after its own
     * clock by even one second ("Future token detected."), so a server running slightly behind would refuse every
     * request; five seconds absorbs ordinary drift and costs little of the token lifetime (300 s by default).
     */
    static final Duration SKEW_ALLOWANCE = Duration.ofSeconds(5);

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx").withZone(ZoneOffset.UTC);

    private final Clock clock;

    CreatedTimestamp(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The time to put in the next token, never after the clock's instant. */
    Instant instant() {
        return clock.instant().minus(SKEW_ALLOWANCE).truncatedTo(ChronoUnit.SECONDS);
    }

    String next() {
        return format(instant());
    }

    static String format(Instant instant) {
        return FORMAT.format(instant);
    }
}
