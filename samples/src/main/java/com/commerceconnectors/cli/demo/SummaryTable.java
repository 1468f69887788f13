package com.commerceconnectors.cli.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The demo's summary as a plain-text table: flow, records, pages, seconds, records/s, token requests. */
final class SummaryTable {

    private static final String[] HEADERS = {"flow", "records", "pages", "seconds", "records/s", "token requests"};

    private SummaryTable() {
    }

    static List<String> lines(List<FlowStats> rows) {
        List<String[]> cells = new ArrayList<>();
        cells.add(HEADERS);
        for (FlowStats row : rows) {
            cells.add(new String[] {
                row.flow(),
                row.records().isPresent() ? Long.toString(row.records().getAsLong()) : "-",
                row.pages().isPresent() ? Integer.toString(row.pages().getAsInt()) : "-",
                String.format(Locale.ROOT, "%.2f", row.elapsed().toNanos() / 1e9),
                row.rate().isPresent() ? Long.toString(row.rate().getAsLong()) : "-",
                Integer.toString(row.tokenRequests())});
        }
        int[] widths = new int[HEADERS.length];
        for (String[] line : cells) {
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (String[] line : cells) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < line.length; i++) {
                if (i == 0) {
                    s.append(String.format(Locale.ROOT, "%-" + widths[i] + "s", line[i]));
                } else {
                    s.append("  ").append(String.format(Locale.ROOT, "%" + widths[i] + "s", line[i]));
                }
            }
            lines.add(s.toString());
        }
        return lines;
    }
}
