package com.commerceconnectors.sandbox.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Percent-decoding the way PHP's {@code urldecode} does it: {@code +} becomes a space, {@code %XX} a byte, and a
 * malformed escape is kept as it is (PHP never fails on input).
 */
public final class UrlDecoding {

    private UrlDecoding() {
    }

    public static String phpUrlDecode(String value) {
        return decode(value, true);
    }

    /** RFC 3986 decoding: a {@code +} stays a plus. */
    public static String rawUrlDecode(String value) {
        return decode(value, false);
    }

    private static String decode(String value, boolean plusAsSpace) {
        if (value.indexOf('%') < 0 && (!plusAsSpace || value.indexOf('+') < 0)) {
            return value;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(value.length());
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c == '+' && plusAsSpace) {
                out.write(' ');
                i++;
            } else if (c == '%' && i + 2 < value.length()
                    && hex(value.charAt(i + 1)) >= 0 && hex(value.charAt(i + 2)) >= 0) {
                out.write(hex(value.charAt(i + 1)) * 16 + hex(value.charAt(i + 2)));
                i += 3;
            } else {
                byte[] bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < value.length()) {
                    bytes = value.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                out.write(bytes, 0, bytes.length);
                i++;
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
