package com.commerceconnectors.magento2.bulk;

import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.core.error.FailureReason;
import com.commerceconnectors.core.http.RawCall;
import com.commerceconnectors.magento2.api.MagentoApi;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.Map;

/**
 * Reads a bulk's short status, {@code GET /V1/bulk/:uuid/status}: {@code operations_list} of
 * {@code {id, status, result_message, error_code}}. Operations it does not list count as open (older versions list
 * an operation only once the consumer touched it).
 */
final class BulkStatusReader {

    private final MagentoApi api;

    BulkStatusReader(MagentoApi api) {
        this.api = api;
    }

    /** The operations Magento reported, by id. */
    Map<Integer, OperationReport> read(String uuid, String storeCode) {
        RawCall.Result result = api.raw("GET", "V1/bulk/" + uuid + "/status", storeCode, null);
        JsonNode list = result.json() == null ? null : result.json().get("operations_list");
        if (list == null || !(list.isArray() || list.isNull())) {
            throw ApiException.builder(ErrorCategory.PROTOCOL, FailureReason.OTHER)
                    .summary("Magento's status of bulk " + uuid + " has no operations_list")
                    .advice("Check that baseUri is the store's REST root (…/rest)")
                    .build();
        }
        Map<Integer, OperationReport> reports = new HashMap<>();
        for (JsonNode operation : list) {
            JsonNode id = operation.get("id");
            JsonNode status = operation.get("status");
            if (id == null || !id.canConvertToInt() || status == null || !status.canConvertToInt()) {
                continue;
            }
            JsonNode message = operation.get("result_message");
            String text = message == null || message.isNull() ? null : message.asText();
            OperationState state = OperationState.ofCode(status.asInt());
            if (state == null) {
                // reported, not dropped: a status this connector does not know is not a success
                state = OperationState.FAILED;
                text = "Magento reported operation status " + status.asInt() + ", which this connector does not know"
                        + (text == null ? "" : ": " + text);
            }
            reports.put(id.asInt(), new OperationReport(id.asInt(), state, text));
        }
        return reports;
    }
}
