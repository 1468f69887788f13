package com.commerceconnectors.sandbox.oro.jsonapi;

import com.commerceconnectors.sandbox.http.SandboxResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;

/** The JSON:API media type and the responses built from documents and problems. */
public final class JsonApi {

    public static final String MEDIA_TYPE = "application/vnd.api+json";
    static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonApi() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static SandboxResponse document(int status, JsonNode document) {
        try {
            return SandboxResponse.bytes(status, MEDIA_TYPE, MAPPER.writeValueAsBytes(document));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    /** {@code {"errors":[{"status","title","detail","source"?}]}} */
    public static SandboxResponse problem(ApiProblem problem) {
        ObjectNode root = MAPPER.createObjectNode();
        ObjectNode error = root.putArray("errors").addObject();
        error.put("status", Integer.toString(problem.status()));
        error.put("title", problem.title());
        error.put("detail", problem.detail());
        if (problem.sourcePointer() != null) {
            error.putObject("source").put("pointer", problem.sourcePointer());
        } else if (problem.sourceParameter() != null) {
            error.putObject("source").put("parameter", problem.sourceParameter());
        }
        return SandboxResponse.bytes(problem.status(), MEDIA_TYPE,
                root.toString().getBytes(StandardCharsets.UTF_8));
    }
}
