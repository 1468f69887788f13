package com.commerceconnectors.cli.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What a complete export says at the end: what was written, and where the next export starts. */
public final class ExportSummary {

    private ExportSummary() {
    }

    public static List<String> lines(ExportResult result, Instant since) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "exported %d %s to %s (%d %s, %.2f s, %.0f records/s)",
                result.records(), result.resource(), result.file(), result.pages(), result.pages() == 1 ? "page" : "pages",
                result.elapsed().toNanos() / 1e9, result.rate()));
        if (result.upperBound().isPresent()) {
            Instant bound = result.upperBound().get();
            lines.add("changes at or after " + bound + " come with the next export: --since " + bound);
        } else if (since != null) {
            lines.add("nothing changed at or after " + since + "; the next export can start there again: --since " + since);
        } else {
            lines.add("nothing to export");
        }
        return lines;
    }
}
