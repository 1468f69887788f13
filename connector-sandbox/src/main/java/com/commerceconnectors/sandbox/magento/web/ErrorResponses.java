package com.commerceconnectors.sandbox.magento.web;

import com.commerceconnectors.sandbox.http.SandboxResponse;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Renders a {@link MagentoException} the way Magento's REST response renders an exception in production mode: the
 * message keeps its placeholders ({@code %1}, {@code %fieldName}) and {@code parameters} carries their values, a
 * list for positional ones and an object for named ones, left out when there are none; every entry of
 * {@code errors} has its {@code parameters}, an empty list when it has none.
 */
public final class ErrorResponses {

    private ErrorResponses() {
    }

    public static SandboxResponse of(MagentoException error) {
        return MagentoJson.response(error.status(), json -> {
            json.writeStartObject();
            json.writeStringField("message", error.template());
            writeParameters(json, error.parameters());
            if (!error.errors().isEmpty()) {
                json.writeArrayFieldStart("errors");
                for (ErrorMessage message : error.errors()) {
                    json.writeStartObject();
                    json.writeStringField("message", message.message());
                    json.writeFieldName("parameters");
                    json.writeObject(message.parameters() == null ? List.of() : message.parameters());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        });
    }

    private static void writeParameters(JsonGenerator json, Object parameters) throws IOException {
        boolean empty = parameters == null
                || (parameters instanceof Map && ((Map<?, ?>) parameters).isEmpty())
                || (parameters instanceof Collection && ((Collection<?>) parameters).isEmpty());
        if (!empty) {
            json.writeFieldName("parameters");
            json.writeObject(parameters);
        }
    }
}
