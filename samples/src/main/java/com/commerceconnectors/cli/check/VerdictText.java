package com.commerceconnectors.cli.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A connection verdict in words: the category and message first, then the hint, then what was measured and learned. */
public final class VerdictText {

    private VerdictText() {
    }

    public static List<String> lines(ConnectionVerdict verdict) {
        List<String> lines = new ArrayList<>();
        lines.add(verdict.category() + ": " + verdict.message());
        if (verdict.hint() != null && !verdict.hint().isBlank()) {
            lines.add("  hint: " + verdict.hint());
        }
        List<String> facts = new ArrayList<>();
        if (verdict.connector() != null) {
            facts.add("connector " + verdict.connector());
        }
        if (verdict.authType() != null) {
            facts.add("auth " + verdict.authType());
        }
        if (verdict.httpStatus() != null) {
            facts.add("HTTP " + verdict.httpStatus());
        }
        facts.add(verdict.latencyMs() + " ms");
        lines.add("  " + String.join(", ", facts));
        for (Map.Entry<String, Object> detail : verdict.details().entrySet()) {
            lines.add("  " + detail.getKey() + ": " + detail.getValue());
        }
        return lines;
    }
}
