package com.commerceconnectors.sandbox.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** A response an emulator produced: status, headers and an optional (possibly streamed) body. */
public final class SandboxResponse {

    public static final String JSON = "application/json; charset=utf-8";
    public static final String HTML = "text/html; charset=utf-8";

    private final int status;
    private final Map<String, String> headers;
    private final BodyWriter body;

    private SandboxResponse(int status, Map<String, String> headers, BodyWriter body) {
        this.status = status;
        this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        this.body = body;
    }

    public static SandboxResponse json(int status, BodyWriter body) {
        return new SandboxResponse(status, Map.of("Content-Type", JSON), body);
    }

    public static SandboxResponse bytes(int status, String contentType, byte[] content) {
        byte[] copy = content.clone();
        return new SandboxResponse(status, Map.of("Content-Type", contentType), out -> out.write(copy));
    }

    public static SandboxResponse text(int status, String contentType, String content) {
        return bytes(status, contentType, content.getBytes(StandardCharsets.UTF_8));
    }

    /** A response with headers only: {@code Content-Length: 0}. */
    public static SandboxResponse empty(int status, String contentType) {
        Map<String, String> headers = contentType == null ? Map.of() : Map.of("Content-Type", contentType);
        return new SandboxResponse(status, headers, null);
    }

    public SandboxResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new SandboxResponse(status, copy, body);
    }

    public int status() {
        return status;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public Optional<BodyWriter> body() {
        return Optional.ofNullable(body);
    }

    /** The whole body in memory; used when a fault needs to cut it. */
    public byte[] render() throws IOException {
        if (body == null) {
            return new byte[0];
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        body.writeTo(buffer);
        return buffer.toByteArray();
    }
}
