package com.commerceconnectors.sandbox.http;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One HTTP request as an emulator sees it. Path and query stay raw (still percent-encoded) because each platform
 * decodes them its own way, and those differences are part of what the sandbox emulates.
 */
public final class SandboxRequest {

    private static final String LOOPBACK = "127.0.0.1";

    private final String method;
    private final String rawPath;
    private final String rawQuery;
    private final Map<String, List<String>> headers;
    private final byte[] body;
    private final Instant receivedAt;
    private final String remoteAddress;

    /** A request from the loopback address. */
    public SandboxRequest(String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
                          byte[] body, Instant receivedAt) {
        this(method, rawPath, rawQuery, headers, body, receivedAt, LOOPBACK);
    }

    /** @param remoteAddress the client's IP address, as platforms that limit per IP count it */
    public SandboxRequest(String method, String rawPath, String rawQuery, Map<String, List<String>> headers,
                          byte[] body, Instant receivedAt, String remoteAddress) {
        this.method = Objects.requireNonNull(method, "method");
        this.rawPath = rawPath == null ? "" : rawPath;
        this.rawQuery = rawQuery == null ? "" : rawQuery;
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        }
        this.headers = Collections.unmodifiableMap(copy);
        this.body = body == null ? new byte[0] : body.clone();
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
        this.remoteAddress = Objects.requireNonNull(remoteAddress, "remoteAddress");
    }

    public String method() {
        return method;
    }

    public String rawPath() {
        return rawPath;
    }

    public String rawQuery() {
        return rawQuery;
    }

    /** Header names are case-insensitive. */
    public Map<String, List<String>> headers() {
        return headers;
    }

    public Optional<String> header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.ofNullable(values.get(0));
    }

    public byte[] body() {
        return body.clone();
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public int bodyLength() {
        return body.length;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    /** The client's IP address, e.g. {@code 127.0.0.1}. */
    public String remoteAddress() {
        return remoteAddress;
    }
}
