package com.commerceconnectors.core.testing;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** A request as the test server received it. */
public record RecordedRequest(String method, URI uri, Map<String, List<String>> headers, byte[] body, String connectionId) {

    /** The first value of a header (case-insensitive), or {@code null}. */
    public String header(String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return e.getValue().get(0);
            }
        }
        return null;
    }

    public String bodyAsString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public String path() {
        return uri.getPath();
    }
}
