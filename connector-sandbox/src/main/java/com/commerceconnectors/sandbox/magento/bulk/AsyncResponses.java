package com.commerceconnectors.sandbox.magento.bulk;

import com.commerceconnectors.sandbox.http.SandboxResponse;
import com.commerceconnectors.sandbox.magento.web.MagentoJson;

import java.util.List;

/**
 * The answer to an accepted asynchronous request: 202 with {@code bulk_uuid}, one {@code request_items} entry per
 * entity ({@code id}, {@code data_hash}, {@code status: "accepted"}) and {@code errors: false}.
 */
public final class AsyncResponses {

    private AsyncResponses() {
    }

    public static SandboxResponse accepted(BulkSnapshot bulk, List<QueuedEntity> entities) {
        return MagentoJson.response(202, json -> {
            json.writeStartObject();
            json.writeStringField("bulk_uuid", bulk.uuid());
            json.writeArrayFieldStart("request_items");
            for (QueuedEntity entity : entities) {
                json.writeStartObject();
                json.writeNumberField("id", entity.key());
                json.writeStringField("data_hash", MessageEnvelope.dataHash(entity.metaInformation()));
                json.writeStringField("status", "accepted");
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeBooleanField("errors", false);
            json.writeEndObject();
        });
    }
}
