package com.commerceconnectors.cli.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import did: every record line is counted exactly once, as created, updated or failed; failed lines are
 * listed by line number.
 *
 * @param created records the platform did not have before
 * @param updated records that existed and were changed
 * @param failed  record lines that were not imported (unreadable, refused, or not sent once the run stopped)
 * @param errors  one per failed line, in line order
 */
public record ImportSummary(long created, long updated, long failed, List<ImportError> errors) {

    public ImportSummary {
        errors = List.copyOf(errors);
    }

    /** The record lines read: blank lines are not records. */
    public long records() {
        return created + updated + failed;
    }

    /** The printed form: {@code {"created", "updated", "failed", "errors": [{"line", "key", "message", "fields"}]}}. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("created", created);
        map.put("updated", updated);
        map.put("failed", failed);
        map.put("errors", errors.stream().map(ImportSummary::errorMap).toList());
        return map;
    }

    private static Map<String, Object> errorMap(ImportError error) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("line", error.line());
        map.put("key", error.key());
        map.put("message", error.message());
        map.put("fields", error.fields());
        return map;
    }
}
