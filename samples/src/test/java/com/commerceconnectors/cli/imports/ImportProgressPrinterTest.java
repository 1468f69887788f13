package com.commerceconnectors.cli.imports;

import static org.assertj.core.api.Assertions.assertThat;

import com.commerceconnectors.sandbox.ManualClock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Progress lines: the first at once, then at most one per interval, and a final line with the rate. */
class ImportProgressPrinterTest {

    @Test
    void printsAtMostOneLinePerIntervalAndAFinalLine() {
        ManualClock clock = new ManualClock(Instant.parse("2026-01-01T00:00:00Z"));
        StringWriter text = new StringWriter();
        ImportProgressPrinter printer = new ImportProgressPrinter(new PrintWriter(text, true), "products", clock,
                Duration.ofSeconds(1));

        printer.done(1, 0, 0);
        clock.advance(Duration.ofMillis(400));
        printer.done(2, 0, 0);
        clock.advance(Duration.ofMillis(700));
        printer.done(2, 1, 0);
        clock.advance(Duration.ofMillis(900));
        printer.done(3, 1, 1);
        printer.finish(new ImportSummary(3, 1, 1, List.of()));

        assertThat(text.toString().lines()).containsExactly(
                "products: 1 record (1 created, 0 updated, 0 failed)",
                "products: 3 records (2 created, 1 updated, 0 failed), 3 records/s",
                "products: 5 records (3 created, 1 updated, 1 failed) in 2.00 s, 3 records/s");
    }
}
