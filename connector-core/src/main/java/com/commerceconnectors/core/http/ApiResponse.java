package com.commerceconnectors.core.http;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A platform's complete answer: status, headers (case-insensitive) and the whole body.
 *
 * @param status  the HTTP status
 * @param headers the response headers
 * @param body    the body bytes (empty for none)
 */
public record ApiResponse(int status, Headers headers, byte[] body) {

    private static final byte[] NO_BODY = new byte[0];

    public ApiResponse {
        headers = headers == null ? Headers.empty() : headers;
        body = body == null || body.length == 0 ? NO_BODY : body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    public int bodyLength() {
        return body.length;
    }

    /** The first value of the named header. */
    public Optional<String> header(String name) {
        return headers.first(name);
    }

    public boolean isSuccessful() {
        return status >= 200 && status < 300;
    }

    /** The media type without parameters, lower-cased; empty when the platform did not say. */
    public String mediaType() {
        String ct = header("Content-Type").orElse("");
        int semi = ct.indexOf(';');
        return (semi >= 0 ? ct.substring(0, semi) : ct).strip().toLowerCase(Locale.ROOT);
    }

    /** The body decoded with the charset the {@code Content-Type} names, UTF-8 when it names none. */
    public String bodyAsString() {
        return new String(body, charset());
    }

    private Charset charset() {
        String ct = header("Content-Type").orElse("");
        for (String part : ct.split(";")) {
            String p = part.strip();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                String name = p.substring(8).replace("\"", "").strip();
                try {
                    return Charset.forName(name);
                } catch (IllegalArgumentException e) {
                    return StandardCharsets.UTF_8;
                }
            }
        }
        return StandardCharsets.UTF_8;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApiResponse r && status == r.status && headers.equals(r.headers) && Arrays.equals(body, r.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, headers, Arrays.hashCode(body));
    }

    /** Status, masked headers and the body's size; never the body, which may be a token answer. */
    @Override
    public String toString() {
        return "ApiResponse[" + status + ", headers=" + headers + ", body=" + body.length + " bytes]";
    }

    /** The server's clock from the {@code Date} header; empty when absent or unreadable. */
    public Optional<Instant> serverTime() {
        return header("Date").flatMap(RetryAfter::httpDate);
    }
}
