package com.commerceconnectors.core.testing;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the test server answers; {@link #drop()} closes the connection without answering. */
public record Reply(int status, Map<String, String> headers, byte[] body, boolean drop) {

    public static Reply json(int status, String json) {
        return new Reply(status, Map.of("Content-Type", "application/json; charset=utf-8"),
                json.getBytes(StandardCharsets.UTF_8), false);
    }

    public static Reply text(int status, String contentType, String text) {
        return new Reply(status, Map.of("Content-Type", contentType), text.getBytes(StandardCharsets.UTF_8), false);
    }

    public static Reply empty(int status) {
        return new Reply(status, Map.of(), new byte[0], false);
    }

    public static Reply dropConnection() {
        return new Reply(0, Map.of(), new byte[0], true);
    }

    public Reply withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new Reply(status, h, body, drop);
    }
}
