package com.commerceconnectors.core.http;

import com.commerceconnectors.core.error.SafeUri;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * One request to a platform, as the connectors build it and the auth policy decorates it.
 *
 * @param method      the HTTP method
 * @param uri         absolute {@code http(s)} URI, query already encoded
 * @param headers     header fields; credentials added by an auth policy are marked secret
 * @param body        the body bytes (empty for none)
 * @param contentType the body's media type, {@code null} when there is no body
 * @param idempotent  whether the request may be sent again after a failure whose outcome is unknown; derived from the
 *                    method unless set explicitly with {@link #withIdempotent(boolean)}
 */
public record ApiRequest(HttpMethod method, URI uri, Headers headers, byte[] body, String contentType, boolean idempotent) {

    public static final String JSON = "application/json";
    public static final String FORM = "application/x-www-form-urlencoded";

    private static final byte[] NO_BODY = new byte[0];
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public ApiRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        if (!uri.isAbsolute() || uri.getHost() == null) {
            throw new IllegalArgumentException("request URI must be absolute with a host: " + SafeUri.of(uri));
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("request URI must be http or https: " + SafeUri.of(uri));
        }
        headers = headers == null ? Headers.empty() : headers;
        body = body == null || body.length == 0 ? NO_BODY : body.clone();
        if (body.length == 0 && contentType != null && !method.usuallyHasBody()) {
            contentType = null;
        }
    }

    public static ApiRequest of(HttpMethod method, URI uri) {
        return new ApiRequest(method, uri, Headers.empty(), NO_BODY, null, method.isIdempotent());
    }

    public static ApiRequest get(URI uri) {
        return of(HttpMethod.GET, uri);
    }

    public static ApiRequest post(URI uri) {
        return of(HttpMethod.POST, uri);
    }

    public static ApiRequest put(URI uri) {
        return of(HttpMethod.PUT, uri);
    }

    public static ApiRequest delete(URI uri) {
        return of(HttpMethod.DELETE, uri);
    }

    /** The body bytes; a copy, so the request stays immutable. */
    @Override
    public byte[] body() {
        return body.clone();
    }

    public boolean hasBody() {
        return body.length > 0;
    }

    public int bodyLength() {
        return body.length;
    }

    public ApiRequest withUri(URI newUri) {
        return new ApiRequest(method, newUri, headers, body, contentType, idempotent);
    }

    public ApiRequest withMethod(HttpMethod newMethod) {
        return new ApiRequest(newMethod, uri, headers, body, contentType, newMethod.isIdempotent());
    }

    public ApiRequest withHeaders(Headers newHeaders) {
        return new ApiRequest(method, uri, newHeaders, body, contentType, idempotent);
    }

    /** A copy where the named header has exactly this value. */
    public ApiRequest withHeader(String name, String value) {
        return withHeaders(headers.with(name, value));
    }

    /** A copy where the named header has exactly this value, marked secret (masked, never sent to another origin). */
    public ApiRequest withSecretHeader(String name, String value) {
        return withHeaders(headers.withSecret(name, value));
    }

    public ApiRequest withoutHeader(String name) {
        return withHeaders(headers.without(name));
    }

    public ApiRequest withBody(byte[] newBody, String newContentType) {
        return new ApiRequest(method, uri, headers, newBody, newContentType, idempotent);
    }

    /** A copy with a JSON body (UTF-8). */
    public ApiRequest withJsonBody(String json) {
        return withBody(json.getBytes(StandardCharsets.UTF_8), JSON);
    }

    /** A copy with a JSON tree as its body, of {@code jsonContentType} (application/json, a JSON:API type …). */
    public ApiRequest withJsonBody(JsonNode json, String jsonContentType) {
        try {
            return withBody(MAPPER.writeValueAsBytes(json), jsonContentType);
        } catch (JsonProcessingException e) {
            // a tree of JSON nodes always serialises: this would be a programming error (said without the body)
            throw new UncheckedIOException("a JSON tree could not be written (" + e.getOriginalMessage() + ")", e);
        }
    }

    /** A copy that may (or may not) be sent again after a failure whose outcome is unknown. */
    public ApiRequest withIdempotent(boolean newIdempotent) {
        return new ApiRequest(method, uri, headers, body, contentType, newIdempotent);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApiRequest r && method == r.method && uri.equals(r.uri) && headers.equals(r.headers)
                && Arrays.equals(body, r.body) && Objects.equals(contentType, r.contentType) && idempotent == r.idempotent;
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, uri, headers, Arrays.hashCode(body), contentType, idempotent);
    }

    /** Method, masked URI, masked headers and the body's size; never the body, which may hold credentials. */
    @Override
    public String toString() {
        return "ApiRequest[" + method + " " + SafeUri.of(uri) + ", headers=" + headers
                + (body.length > 0 ? ", body=" + body.length + " bytes " + contentType : "") + "]";
    }
}
