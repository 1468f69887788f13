package com.commerceconnectors.magento2.bulk;

import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.core.error.FailureReason;
import com.commerceconnectors.core.http.HttpMethod;
import com.commerceconnectors.magento2.api.MagentoApi;
import com.commerceconnectors.magento2.write.RecordInput;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sends one batch as an asynchronous bulk request — a POST of the JSON array of the synchronous bodies
 * ({@code [{"product": {…}}, …]}) — and reads Magento's 202: {@code bulk_uuid} and one {@code request_items} entry
 * per record. The POST is marked not idempotent: it is repeated only when Magento provably did not process it.
 */
final class BulkSubmitter {

    /** Bulk UUIDs go into status URLs; anything else than a UUID-like token is refused rather than sent. */
    static final Pattern UUID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private final MagentoApi api;
    private final String path;

    BulkSubmitter(MagentoApi api, String path) {
        this.api = api;
        this.path = path;
    }

    AcceptedBulk submit(BulkBatch batch, String storeCode) {
        ArrayNode body = JsonNodeFactory.instance.arrayNode();
        for (RecordInput record : batch.records()) {
            body.add(record.body());
        }
        MagentoApi.WriteResponse response = api.write(HttpMethod.POST, path, storeCode, body, false);
        return accepted(batch, response.json());
    }

    private static AcceptedBulk accepted(BulkBatch batch, JsonNode answer) {
        JsonNode uuid = answer == null ? null : answer.get("bulk_uuid");
        if (uuid == null || !uuid.isTextual() || !UUID.matcher(uuid.asText()).matches()) {
            throw ApiException.builder(ErrorCategory.PROTOCOL, FailureReason.OTHER)
                    .summary("Magento answered " + batch.describe() + " without a bulk_uuid, so what became of"
                            + " those records is unknown")
                    .advice("Check that baseUri is the store's REST root and that Magento_WebapiAsync is enabled;"
                            + " look for the bulk in System > Action Logs > Bulk Actions before sending them again")
                    .build();
        }
        Set<Integer> queued = new HashSet<>();
        Map<Integer, String> refused = new HashMap<>();
        JsonNode items = answer.get("request_items");
        if (items == null || !items.isArray()) {
            // no per-record answer: Magento queued the whole array
            for (int position = 0; position < batch.records().size(); position++) {
                queued.add(position);
            }
            return new AcceptedBulk(uuid.asText(), batch, queued, refused);
        }
        for (JsonNode item : items) {
            JsonNode id = item.get("id");
            if (id == null || !id.canConvertToInt() || id.asInt() < 0 || id.asInt() >= batch.records().size()) {
                continue;
            }
            if ("accepted".equals(item.path("status").asText())) {
                queued.add(id.asInt());
            } else {
                String message = item.path("error_message").asText("");
                refused.put(id.asInt(), message.isBlank() ? "Magento did not queue this record" : message);
            }
        }
        for (int position = 0; position < batch.records().size(); position++) {
            if (!queued.contains(position) && !refused.containsKey(position)) {
                refused.put(position, "Magento left this record out of the bulk");
            }
        }
        return new AcceptedBulk(uuid.asText(), batch, queued, refused);
    }
}
