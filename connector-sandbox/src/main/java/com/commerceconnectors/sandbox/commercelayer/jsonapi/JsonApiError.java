package com.commerceconnectors.sandbox.commercelayer.jsonapi;

import java.util.Map;

/**
 * One member of a JSON:API {@code errors} array as Commerce Layer writes it:
 * {@code {"title", "detail", "code", "source": {"pointer"|"parameter"}, "status", "meta"}} with the status as a
 * string.
 *
 * @param sourcePointer   a JSON pointer into the request body, or {@code null}
 * @param sourceParameter the query parameter at fault, or {@code null}
 * @param meta            extra members (e.g. {@code {"error": "taken"}}), possibly empty
 */
public record JsonApiError(int status, String title, String detail, String code, String sourcePointer,
                           String sourceParameter, Map<String, String> meta) {

    public JsonApiError {
        meta = Map.copyOf(meta);
    }

    public static JsonApiError of(int status, String title, String detail, String code) {
        return new JsonApiError(status, title, detail, code, null, null, Map.of());
    }
}
