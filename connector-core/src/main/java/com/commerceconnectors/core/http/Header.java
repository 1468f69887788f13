package com.commerceconnectors.core.http;

import java.util.Objects;

/**
 * One header field. {@code secret} marks a value that must never be printed and never follow a redirect to another
 * origin; well-known credential headers are secret whatever the flag says ({@link SensitiveHeaders}).
 */
public record Header(String name, String value, boolean secret) {

    public Header {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        if (!isToken(name)) {
            throw new IllegalArgumentException("not a valid header name: '" + name + "'");
        }
        if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            // a header value with a line break would let a value inject further headers
            throw new IllegalArgumentException("the value of header " + name + " contains a line break");
        }
        secret = secret || SensitiveHeaders.isSensitive(name);
    }

    public boolean nameIs(String other) {
        return name.equalsIgnoreCase(other);
    }

    @Override
    public String toString() {
        return name + ": " + (secret ? SensitiveHeaders.MASK : value);
    }

    private static boolean isToken(String name) {
        // a plain loop: every signed request builds a header, and this runs for each
        if (name.isEmpty()) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (!isTokenChar(name.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** RFC 9110 token characters: visible ASCII but the delimiters. */
    private static final boolean[] TOKEN = new boolean[128];

    static {
        for (int c = 0x21; c < 0x7f; c++) {
            TOKEN[c] = "\"(),/:;<=>?@[\\]{}".indexOf(c) < 0;
        }
    }

    private static boolean isTokenChar(int c) {
        // a table: every response header of every request is checked
        return c < 128 && TOKEN[c];
    }
}
