package com.commerceconnectors.sandbox.commercelayer.jsonapi;

import com.commerceconnectors.sandbox.http.SandboxResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Renders {@code {"errors": [...]}} as the API sends it, with {@code Content-Type: application/vnd.api+json}. */
public final class ErrorDocument {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorDocument() {
    }

    public static SandboxResponse of(JsonApiException e) {
        return of(e.status(), e.errors());
    }

    public static SandboxResponse of(int status, List<JsonApiError> errors) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode array = root.putArray("errors");
        for (JsonApiError error : errors) {
            ObjectNode node = array.addObject();
            node.put("title", error.title());
            node.put("detail", error.detail());
            node.put("code", error.code());
            if (error.sourcePointer() != null) {
                node.putObject("source").put("pointer", error.sourcePointer());
            } else if (error.sourceParameter() != null) {
                node.putObject("source").put("parameter", error.sourceParameter());
            }
            node.put("status", Integer.toString(error.status()));
            if (!error.meta().isEmpty()) {
                ObjectNode meta = node.putObject("meta");
                error.meta().forEach(meta::put);
            }
        }
        return SandboxResponse.bytes(status, MediaTypes.JSON_API, root.toString().getBytes(StandardCharsets.UTF_8));
    }
}
