package com.commerceconnectors.magento2.bulk;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What became of one record of the exchange.
 *
 * @param index    its position in the exchange's list (0-based)
 * @param key      its SKU (or other key), when it has one
 * @param state    where it stands
 * @param message  Magento's message for a failure; {@code null} otherwise
 * @param bulkUuid the bulk it went into; {@code null} when Magento refused its request as a whole
 */
public record ItemResult(int index, String key, OperationState state, String message, String bulkUuid) {

    public ItemResult {
        Objects.requireNonNull(state, "state");
    }

    /** The failure as the summary lists it: index, key, status, message, bulkUuid (absent fields left out). */
    Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("index", index);
        if (key != null) {
            map.put("key", key);
        }
        map.put("status", state.label());
        map.put("message", message != null ? message : "Magento gave no reason");
        if (bulkUuid != null) {
            map.put("bulkUuid", bulkUuid);
        }
        return map;
    }
}
