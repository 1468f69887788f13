package com.commerceconnectors.oro.support;

import com.commerceconnectors.core.error.DecodedError;
import com.commerceconnectors.core.error.ErrorBodyDecoder;
import com.commerceconnectors.core.http.ApiResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.List;

/**
 * Oro's JSON:API error documents, {@code {"errors":[{"status","title","detail","source":{"pointer"|"parameter"}}]}},
 * read so that each error names Oro's constraint (the title, e.g. "unique entity constraint"), what it says, and
 * where: {@code unique entity constraint: … (at /data/attributes/sku)}. Oro's titles are the names of the validation
 * constraints, which tell an operator more than the detail alone. Everything else as the standard decoder reads it.
 */
public final class OroErrorBodyDecoder implements ErrorBodyDecoder {

    public static final OroErrorBodyDecoder INSTANCE = new OroErrorBodyDecoder();

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_ERRORS = 10;
    private static final int MAX_TEXT = 300;
    private static final int MAX_MESSAGE = 1500;

    private OroErrorBodyDecoder() {
    }

    @Override
    public DecodedError decode(ApiResponse response) {
        DecodedError standard = ErrorBodyDecoder.standard().decode(response);
        if (standard.shape() != DecodedError.Shape.JSON_API) {
            return standard;
        }
        try {
            JsonNode errors = JSON.readTree(response.body()).get("errors");
            List<String> texts = new ArrayList<>();
            for (JsonNode error : errors) {
                if (texts.size() >= MAX_ERRORS) {
                    break;
                }
                String text = describe(error);
                if (text != null && !texts.contains(text)) {
                    texts.add(text);
                }
            }
            if (texts.isEmpty()) {
                return standard;
            }
            String message = cap(String.join("; ", texts), MAX_MESSAGE);
            return new DecodedError(DecodedError.Shape.JSON_API, message, standard.code(), texts.size() > 1 ? texts : List.of());
        } catch (java.io.IOException | RuntimeException e) {
            return standard;
        }
    }

    /** {@code title: detail (at pointer)}, leaving out what is missing or repeated. */
    static String describe(JsonNode error) {
        String title = text(error.get("title"));
        String detail = text(error.get("detail"));
        String text = title != null && detail != null && !detail.toLowerCase().contains(title.toLowerCase())
                ? title + ": " + detail
                : detail != null ? detail : title;
        if (text == null) {
            return null;
        }
        JsonNode source = error.get("source");
        if (source != null && source.isObject()) {
            String where = text(source.get("pointer"));
            if (where == null) {
                where = text(source.get("parameter"));
            }
            if (where != null && !text.contains(where)) {
                text = text + " (at " + where + ")";
            }
        }
        return cap(text, MAX_TEXT);
    }

    private static String text(JsonNode node) {
        return node != null && node.isValueNode() && !node.isNull() && !node.asText().isBlank() ? node.asText().strip() : null;
    }

    private static String cap(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
