package com.commerceconnectors.core.http;

import java.util.Locale;

/** The HTTP methods the connectors use, with RFC 9110's idempotency, which decides what may be retried. */
public enum HttpMethod {
    GET(true, false),
    HEAD(true, false),
    OPTIONS(true, false),
    DELETE(true, false),
    PUT(true, true),
    POST(false, true),
    PATCH(false, true);

    private final boolean idempotent;
    private final boolean usuallyHasBody;

    HttpMethod(boolean idempotent, boolean usuallyHasBody) {
        this.idempotent = idempotent;
        this.usuallyHasBody = usuallyHasBody;
    }

    /** Whether sending the request twice has the same effect as once (RFC 9110 §9.2.2). */
    public boolean isIdempotent() {
        return idempotent;
    }

    /** Whether the method normally carries a request body. */
    public boolean usuallyHasBody() {
        return usuallyHasBody;
    }

    /** Parses a method name case-insensitively; {@code null} for a name that is not one of these. */
    public static HttpMethod parseOrNull(String name) {
        if (name == null) {
            return null;
        }
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
