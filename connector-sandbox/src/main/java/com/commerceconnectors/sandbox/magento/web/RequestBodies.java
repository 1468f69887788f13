package com.commerceconnectors.sandbox.magento.web;

import com.commerceconnectors.sandbox.http.SandboxRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads a POST/PUT body the way Magento's REST request does: Content-Type first, then the JSON decoder. */
public final class RequestBodies {

    private static final Pattern MEDIA_TYPE = Pattern.compile("^[\\w.+-]+/[\\w.+-]+$");

    private RequestBodies() {
    }

    /** The body as a JSON object; an empty body is an empty object (its missing fields are reported later). */
    public static ObjectNode json(SandboxRequest request) {
        JsonNode parsed = jsonValue(request);
        // PHP casts the decoded value to an array: anything but an object yields no named parameters.
        return parsed instanceof ObjectNode ? (ObjectNode) parsed : JsonNodeFactory.instance.objectNode();
    }

    /**
     * The body as whatever JSON value it holds (bulk requests send an array); an empty body is an empty object.
     */
    public static JsonNode jsonValue(SandboxRequest request) {
        String contentType = request.header("Content-Type").map(String::trim).orElse("");
        if (contentType.isEmpty()) {
            throw MagentoException.badRequest("Content-Type header is empty.");
        }
        String mediaType = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        if (!MEDIA_TYPE.matcher(mediaType).matches()) {
            throw MagentoException.badRequest("Content-Type header is invalid.");
        }
        if (!mediaType.equals("application/json")) {
            throw MagentoException.badRequest("Server cannot understand Content-Type HTTP header media type %1",
                    List.of(mediaType));
        }
        String text = request.bodyText();
        if (text.isBlank()) {
            return JsonNodeFactory.instance.objectNode();
        }
        try {
            JsonNode parsed = MagentoJson.MAPPER.readTree(text);
            return parsed == null ? JsonNodeFactory.instance.objectNode() : parsed;
        } catch (IOException e) {
            throw MagentoException.badRequest("Decoding error.");
        }
    }
}
