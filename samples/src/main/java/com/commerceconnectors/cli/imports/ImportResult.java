package com.commerceconnectors.cli.imports;

import java.time.Duration;
import java.util.Optional;

/**
 * How an import ended.
 *
 * @param summary   every record line's outcome
 * @param elapsed   how long the run took
 * @param stoppedBy when the run stopped sending after a failure every record would share: that failure
 * @param readError when the input could not be read to its end: why; the summary covers the lines before it
 */
public record ImportResult(ImportSummary summary, Duration elapsed, Optional<String> stoppedBy, Optional<String> readError) {

    /** Whether every record line was imported and the whole input was read. */
    public boolean complete() {
        return summary.failed() == 0 && readError.isEmpty();
    }

    /** Records per second, 0 when the run took no measurable time. */
    public double rate() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : summary.records() / seconds;
    }
}
