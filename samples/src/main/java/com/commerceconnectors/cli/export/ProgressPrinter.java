package com.commerceconnectors.cli.export;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Progress lines for people watching an export: {@code products: 1200 records, 12 pages, 3400 records/s}. The first
 * page is reported at once, then at most one line per interval, so a long export does not flood the terminal.
 */
public final class ProgressPrinter implements ExportProgress {

    private final PrintWriter err;
    private final String resource;
    private final Clock clock;
    private final Duration interval;
    private final Instant started;
    private Instant lastLine;

    public ProgressPrinter(PrintWriter err, String resource, Clock clock, Duration interval) {
        this.err = err;
        this.resource = resource;
        this.clock = clock;
        this.interval = interval;
        this.started = clock.instant();
    }

    @Override
    public void written(long records, int pages) {
        Instant now = clock.instant();
        if (lastLine != null && Duration.between(lastLine, now).compareTo(interval) < 0) {
            return;
        }
        lastLine = now;
        double seconds = Duration.between(started, now).toNanos() / 1e9;
        String rate = seconds <= 0 ? "" : String.format(Locale.ROOT, ", %.0f records/s", records / seconds);
        err.println(resource + ": " + records + " records, " + pages + (pages == 1 ? " page" : " pages") + rate);
    }
}
