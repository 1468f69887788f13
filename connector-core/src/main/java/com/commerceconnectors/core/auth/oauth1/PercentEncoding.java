package com.commerceconnectors.core.auth.oauth1;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * RFC 3986 percent-encoding as RFC 5849 §3.6 defines it for OAuth 1.0a; the only place this package encodes or
 * decodes. Unreserved characters ({@code A-Z a-z 0-9 - . _ ~}) stay, every other UTF-8 byte becomes {@code %XX} with
 * upper-case hex: a space is {@code %20} (never {@code +}), {@code +} is {@code %2B}, {@code [} is {@code %5B}.
 * <p>
 * Decoding works on bytes, so a value round-trips byte for byte even when it is not valid UTF-8.
 */
public final class PercentEncoding {

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    private static final boolean[] UNRESERVED = new boolean[128];

    static {
        for (char c = 'A'; c <= 'Z'; c++) {
            UNRESERVED[c] = true;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            UNRESERVED[c] = true;
        }
        for (char c = '0'; c <= '9'; c++) {
            UNRESERVED[c] = true;
        }
        UNRESERVED['-'] = true;
        UNRESERVED['.'] = true;
        UNRESERVED['_'] = true;
        UNRESERVED['~'] = true;
    }

    private PercentEncoding() {
    }

    /** Encodes the UTF-8 bytes of {@code value}. */
    public static String encode(String value) {
        int n = value.length();
        int i = 0;
        while (i < n && isUnreserved(value.charAt(i))) {
            i++;
        }
        // most names and values (keys, nonces, timestamps, field names) need no encoding at all
        return i == n ? value : encode(value.getBytes(StandardCharsets.UTF_8));
    }

    /** Encodes raw bytes, e.g. a value decoded from the wire. */
    public static String encode(byte[] bytes) {
        // every request is signed afresh, so this runs over the whole parameter string each time: bytes, not a builder
        byte[] out = new byte[bytes.length * 3];
        int n = 0;
        for (byte b : bytes) {
            int u = b & 0xFF;
            if (u < 128 && UNRESERVED[u]) {
                out[n++] = b;
            } else {
                out[n++] = '%';
                out[n++] = HEX[u >> 4];
                out[n++] = HEX[u & 0x0F];
            }
        }
        return new String(out, 0, n, StandardCharsets.US_ASCII);
    }

    /**
     * Decodes one name or value of an {@code application/x-www-form-urlencoded} string, which is how RFC 5849
     * §3.4.1.3.1 reads both the query and a form body: {@code +} is a space, {@code %XX} a byte, anything else itself.
     *
     * @throws IllegalArgumentException when a {@code %} is not followed by two hex digits
     */
    static byte[] decodeFormComponent(byte[] raw, int from, int to) {
        byte[] out = new byte[to - from];
        int n = 0;
        for (int i = from; i < to; i++) {
            byte b = raw[i];
            if (b == '+') {
                out[n++] = ' ';
            } else if (b == '%') {
                int hi = i + 2 < to ? Character.digit(raw[i + 1], 16) : -1;
                int lo = hi >= 0 ? Character.digit(raw[i + 2], 16) : -1;
                if (lo < 0) {
                    throw new IllegalArgumentException("a '%' is not followed by two hexadecimal digits");
                }
                out[n++] = (byte) ((hi << 4) | lo);
                i += 2;
            } else {
                out[n++] = b;
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /**
     * Appends the encoding of {@code value} to {@code into}: the same characters {@link #encode(String)} returns, without
     * the intermediate arrays. For the base string's masked form and the rare non-ASCII one; signing uses
     * {@link #encodeAsciiInto}.
     */
    static void appendEncoded(StringBuilder into, String value) {
        int n = value.length();
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c < 128 && UNRESERVED[c]) {
                into.append(c);
            } else if (c < 128) {
                into.append('%').append((char) HEX[c >> 4]).append((char) HEX[c & 0x0F]);
            } else {
                // beyond ASCII: the UTF-8 bytes of the rest, as encode(String) does
                into.append(encode(value.substring(i)));
                return;
            }
        }
    }

    /**
     * Writes the encoding of {@code value} into {@code out} from {@code at}, for ASCII text; {@code out} must have room
     * for three bytes a character.
     *
     * @return where the next byte goes, or {@code -1} when {@code value} is not ASCII (nothing useful was written)
     */
    static int encodeAsciiInto(byte[] out, int at, String value) {
        int n = at;
        for (int i = 0, length = value.length(); i < length; i++) {
            char c = value.charAt(i);
            if (c >= 128) {
                return -1;
            }
            if (UNRESERVED[c]) {
                out[n++] = (byte) c;
            } else {
                out[n++] = '%';
                out[n++] = HEX[c >> 4];
                out[n++] = HEX[c & 0x0F];
            }
        }
        return n;
    }

    /**
     * Whether {@code raw[from, to)} is already in the form RFC 5849 §3.6 would encode its decoded bytes to: only
     * unreserved characters and {@code %XX} escapes with upper-case hex of bytes that are not unreserved. Such a name
     * or value enters the base string as it is, which spares decoding and re-encoding it — true of almost every query
     * a client builds. Anything else ({@code +}, lower-case hex, {@code %41}, a broken escape, a raw {@code *}) is not.
     */
    static boolean isCanonical(byte[] raw, int from, int to) {
        for (int i = from; i < to; i++) {
            int u = raw[i] & 0xFF;
            if (u < 128 && UNRESERVED[u]) {
                continue;
            }
            if (u != '%' || i + 2 >= to) {
                return false;
            }
            int hi = upperHex(raw[i + 1]);
            int lo = upperHex(raw[i + 2]);
            if (hi < 0 || lo < 0) {
                return false;
            }
            int decoded = (hi << 4) | lo;
            if (decoded < 128 && UNRESERVED[decoded]) {
                return false;
            }
            i += 2;
        }
        return true;
    }

    private static int upperHex(byte b) {
        if (b >= '0' && b <= '9') {
            return b - '0';
        }
        return b >= 'A' && b <= 'F' ? b - 'A' + 10 : -1;
    }

    private static boolean isUnreserved(char c) {
        return c < 128 && UNRESERVED[c];
    }
}
