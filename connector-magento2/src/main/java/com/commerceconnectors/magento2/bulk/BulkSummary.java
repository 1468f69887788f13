package com.commerceconnectors.magento2.bulk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a bulk import achieved.
 *
 * @param bulkUuids the bulks Magento accepted, in request order
 * @param total     records in the exchange
 * @param complete  records saved
 * @param failed    records whose processing failed (status 2, retriable, or 3)
 * @param rejected  records refused without processing (status 5, refused at acceptance, or in a request Magento
 *                  refused as a whole)
 * @param open      records queued and not processed yet (all of them when not waiting)
 * @param failures  every failed or rejected record, by index
 * @param timedOut  whether the wait ended with records still open
 */
public record BulkSummary(List<String> bulkUuids, int total, int complete, int failed, int rejected, int open,
                          List<ItemResult> failures, boolean timedOut) {

    public BulkSummary {
        bulkUuids = List.copyOf(bulkUuids);
        failures = List.copyOf(failures);
    }

    public boolean hasFailures() {
        return failed + rejected > 0;
    }

    /** Whether every failure is one Magento calls retriable (status 2). */
    public boolean onlyRetriableFailures() {
        return hasFailures() && failures.stream().allMatch(f -> f.state() == OperationState.RETRIABLY_FAILED);
    }

    /** The summary as the exchange body: {@code bulkUuids, total, complete, failed, rejected, open, failures}. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("bulkUuids", new ArrayList<>(bulkUuids));
        map.put("total", total);
        map.put("complete", complete);
        map.put("failed", failed);
        map.put("rejected", rejected);
        map.put("open", open);
        List<Map<String, Object>> list = new ArrayList<>(failures.size());
        failures.forEach(f -> list.add(f.toMap()));
        map.put("failures", list);
        return map;
    }
}
