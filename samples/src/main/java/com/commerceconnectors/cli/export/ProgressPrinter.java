package com.commerceconnectors.cli.export;

import com.commerceconnectors.cli.ProgressPace;

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
    private final ProgressPace pace;

    public ProgressPrinter(PrintWriter err, String resource, Clock clock, Duration interval) {
        this.err = err;
        this.resource = resource;
        this.pace = new ProgressPace(clock, interval);
    }

    @Override
    public void written(long records, int pages) {
        Instant now = pace.dueNow();
        if (now == null) {
            return;
        }
        double seconds = pace.secondsSinceStart(now);
        String rate = seconds <= 0 ? "" : String.format(Locale.ROOT, ", %.0f records/s", records / seconds);
        err.println(resource + ": " + records + " records, " + pages + (pages == 1 ? " page" : " pages") + rate);
    }
}
