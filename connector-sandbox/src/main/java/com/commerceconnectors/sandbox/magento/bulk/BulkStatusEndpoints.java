package com.commerceconnectors.sandbox.magento.bulk;

import com.commerceconnectors.sandbox.http.SandboxResponse;
import com.commerceconnectors.sandbox.magento.web.CallContext;
import com.commerceconnectors.sandbox.magento.web.InputValues;
import com.commerceconnectors.sandbox.magento.web.MagentoException;
import com.commerceconnectors.sandbox.magento.web.MagentoJson;
import com.commerceconnectors.sandbox.magento.web.TypeMismatch;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.util.Map;

/**
 * {@code /V1/bulk/:bulkUuid/status} (operations with id, status, result message and error code),
 * {@code /V1/bulk/:bulkUuid/detailed-status} (also topic, serialized data and output) and
 * {@code /V1/bulk/:bulkUuid/operation-status/:status} (how many operations have that status). Each is a status
 * request that may let the emulated consumer catch up first (see {@link BulkQueue}).
 */
public final class BulkStatusEndpoints {

    /** The ACL resource of Magento's bulk status routes. */
    public static final String RESOURCE = "Magento_AsynchronousOperations::system_magento_logging_bulk_operations";

    private final BulkQueue queue;

    public BulkStatusEndpoints(BulkQueue queue) {
        this.queue = queue;
    }

    public SandboxResponse status(CallContext call) {
        BulkSnapshot bulk = polled(call);
        return MagentoJson.ok(json -> write(json, bulk, false));
    }

    public SandboxResponse detailedStatus(CallContext call) {
        BulkSnapshot bulk = polled(call);
        return MagentoJson.ok(json -> write(json, bulk, true));
    }

    /** A count; an unknown bulk simply has no operations with any status. */
    public SandboxResponse operationStatus(CallContext call) {
        int code;
        try {
            code = InputValues.toInt(call.param("status"));
        } catch (TypeMismatch e) {
            throw e.toResponse();
        }
        OperationStatus status = OperationStatus.ofCode(code);
        long count = queue.poll(call.param("bulkUuid"))
                .map(bulk -> status == null ? 0 : bulk.count(status))
                .orElse(0L);
        return MagentoJson.ok(json -> json.writeNumber(count));
    }

    private BulkSnapshot polled(CallContext call) {
        String uuid = call.param("bulkUuid");
        return queue.poll(uuid).orElseThrow(() -> MagentoException.of(404, "Bulk uuid %bulkUuid not exist",
                Map.of("bulkUuid", uuid)));
    }

    private static void write(JsonGenerator json, BulkSnapshot bulk, boolean detailed) throws IOException {
        json.writeStartObject();
        json.writeArrayFieldStart("operations_list");
        for (BulkOperation operation : bulk.operations()) {
            json.writeStartObject();
            json.writeNumberField("id", operation.id());
            if (detailed) {
                json.writeStringField("bulk_uuid", operation.bulkUuid());
                json.writeStringField("topic_name", operation.topicName());
                json.writeStringField("serialized_data", operation.serializedData());
                nullableString(json, "result_serialized_data", operation.resultSerializedData());
            }
            json.writeNumberField("status", operation.status().code());
            nullableString(json, "result_message", operation.resultMessage());
            json.writeFieldName("error_code");
            if (operation.errorCode() == null) {
                json.writeNull();
            } else {
                json.writeNumber(operation.errorCode());
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeNumberField("user_type", bulk.userType());
        json.writeStringField("bulk_id", bulk.uuid());
        json.writeStringField("description", bulk.description());
        MagentoJson.time(json, "start_time", bulk.startTime());
        json.writeNumberField("user_id", bulk.userId());
        json.writeNumberField("operation_count", bulk.operationCount());
        json.writeEndObject();
    }

    private static void nullableString(JsonGenerator json, String field, String value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else {
            json.writeStringField(field, value);
        }
    }
}
