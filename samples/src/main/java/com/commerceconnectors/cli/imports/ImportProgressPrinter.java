package com.commerceconnectors.cli.imports;

import com.commerceconnectors.cli.ProgressPace;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * Progress lines for people watching an import: {@code products: 1200 records, 1150 written, 50 failed, 830
 * records/s}. The first outcome is reported at once, then at most one line per interval; {@link #finish} prints the
 * final figures. Outcomes arrive from several sender threads, hence the lock.
 */
public final class ImportProgressPrinter implements ImportProgress {

    private final PrintWriter err;
    private final String resource;
    private final ProgressPace pace;

    public ImportProgressPrinter(PrintWriter err, String resource, Clock clock, Duration interval) {
        this.err = err;
        this.resource = resource;
        this.pace = new ProgressPace(clock, interval);
    }

    @Override
    public synchronized void done(long created, long updated, long failed) {
        Instant now = pace.dueNow();
        if (now == null) {
            return;
        }
        err.println(line(created, updated, failed, now, false));
    }

    /** The last line: every count, how long it took and the rate. */
    public synchronized void finish(ImportSummary summary) {
        err.println(line(summary.created(), summary.updated(), summary.failed(), pace.now(), true));
    }

    /** Progress lines leave the rate out during the first second, when it says little. */
    private String line(long created, long updated, long failed, Instant now, boolean last) {
        long records = created + updated + failed;
        double seconds = pace.secondsSinceStart(now);
        StringBuilder line = new StringBuilder(resource).append(": ").append(records)
                .append(records == 1 ? " record (" : " records (").append(created).append(" created, ")
                .append(updated).append(" updated, ").append(failed).append(" failed)");
        if (last) {
            line.append(String.format(Locale.ROOT, " in %.2f s", seconds));
        }
        if (seconds > 0 && (last || seconds >= 1)) {
            line.append(String.format(Locale.ROOT, ", %.0f records/s", records / seconds));
        }
        return line.toString();
    }
}
