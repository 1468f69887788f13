package com.commerceconnectors.core.http;

import com.commerceconnectors.core.error.ApiException;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.Objects;

/**
 * A producer's raw call, as a route names it in headers: any method and any path below the platform's API root, a
 * query string perhaps following; the answer is JSON when the response says so, else text.
 *
 * @param method the method
 * @param path   the path without leading slashes and without the query
 * @param query  the query without its {@code ?}; {@code null} when none
 */
public record RawCall(HttpMethod method, String path, String query) {

    /** What a raw call answered: JSON when the body is JSON, else text. */
    public record Result(int status, JsonNode json, String text) {
    }

    public RawCall {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
    }

    /**
     * @param methods the methods the platform takes, for the advice when {@code method} is none of them, e.g.
     *                {@code GET, POST, PUT, PATCH or DELETE}
     * @throws ApiException (CONFIGURATION) when {@code method} is not an HTTP method
     */
    public static RawCall parse(String method, String pathAndQuery, String methods) {
        HttpMethod m = HttpMethod.parseOrNull(method);
        if (m == null) {
            throw ApiException.configuration("'" + method + "' is not an HTTP method", "Use " + methods);
        }
        String p = pathAndQuery.strip();
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        int q = p.indexOf('?');
        return q < 0 ? new RawCall(m, p, null) : new RawCall(m, p.substring(0, q), p.substring(q + 1));
    }

    /** Whether the call may change something: every method but GET and HEAD. */
    public boolean writes() {
        return method != HttpMethod.GET && method != HttpMethod.HEAD;
    }

    /** Sends {@code request} and reads the answer: JSON when it has a body of a JSON media type, else its text. */
    public static Result send(ConnectorClient client, ApiRequest request) {
        ApiResponse response = client.send(request);
        String type = response.mediaType();
        if (response.bodyLength() > 0 && type != null && type.contains("json")) {
            return new Result(response.status(), client.readJson(request, response), null);
        }
        return new Result(response.status(), null, response.bodyAsString());
    }
}
