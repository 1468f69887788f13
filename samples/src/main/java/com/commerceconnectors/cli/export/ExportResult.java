package com.commerceconnectors.cli.export;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A complete export.
 *
 * @param resource   what was exported
 * @param file       the NDJSON file, complete
 * @param records    records written, one per line
 * @param pages      pages read that held records
 * @param elapsed    how long the export took
 * @param upperBound the run's upper bound: changes at or after it come with the next export; empty when the run
 *                   delivered nothing (the component reports the bound with each record)
 */
public record ExportResult(String resource, Path file, long records, int pages, Duration elapsed,
                           Optional<Instant> upperBound) {

    /** Records per second, 0 when the run took no measurable time. */
    public double rate() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : records / seconds;
    }
}
