package com.commerceconnectors.cli;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The pace of progress lines on stderr: the first is due at once, then at most one per interval, so a long run does
 * not flood the terminal; and the seconds since the run started, for rates. Not thread-safe: callers serialise.
 */
public final class ProgressPace {

    private final Clock clock;
    private final Duration interval;
    private final Instant started;
    private Instant lastLine;

    public ProgressPace(Clock clock, Duration interval) {
        this.clock = clock;
        this.interval = interval;
        this.started = clock.instant();
    }

    /** The current instant if a line is due now (and records it as printed), else {@code null}. */
    public Instant dueNow() {
        Instant now = clock.instant();
        if (lastLine != null && Duration.between(lastLine, now).compareTo(interval) < 0) {
            return null;
        }
        lastLine = now;
        return now;
    }

    public Instant now() {
        return clock.instant();
    }

    public double secondsSinceStart(Instant now) {
        return Duration.between(started, now).toNanos() / 1e9;
    }
}
