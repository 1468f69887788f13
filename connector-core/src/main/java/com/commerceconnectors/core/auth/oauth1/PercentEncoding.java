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
    /** {@link #UNRESERVED} for every byte value, so that a lookup by {@code b & 0xFF} needs no range check. */
    private static final boolean[] UNRESERVED_BYTE = new boolean[256];

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
        System.arraycopy(UNRESERVED, 0, UNRESERVED_BYTE, 0, UNRESERVED.length);
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
     * Writes the encoding of {@code value} into {@code out} from {@code at}: the bytes {@link #encode(String)} returns.
     * {@code out} must have room for nine bytes a character.
     *
     * @return where the next byte goes
     */
    static int encodeInto(String value, byte[] out, int at) {
        return encodeInto(value, out, at, false);
    }

    /**
     * Writes {@code value} as it appears inside a base string, encoded and then encoded again as part of the whole
     * ({@code a b} → {@code a%2520b}). {@code out} must have room for fifteen bytes a character.
     *
     * @return where the next byte goes
     */
    static int encodeTwiceInto(String value, byte[] out, int at) {
        return encodeInto(value, out, at, true);
    }

    private static int encodeInto(String value, byte[] out, int at, boolean twice) {
        int n = at;
        for (int i = 0, length = value.length(); i < length; i++) {
            char c = value.charAt(i);
            if (c >= 128) {
                // beyond ASCII: the UTF-8 bytes of the rest, as encode(String) does
                byte[] rest = value.substring(i).getBytes(StandardCharsets.UTF_8);
                return twice ? encodeTwiceInto(rest, 0, rest.length, out, n) : encodeInto(rest, 0, rest.length, out, n);
            }
            n = twice ? putTwice(out, n, c) : putOnce(out, n, c);
        }
        return n;
    }

    /** Writes the encoding of raw bytes; {@code out} must have room for three bytes a byte. */
    static int encodeInto(byte[] src, int from, int to, byte[] out, int at) {
        int n = at;
        for (int i = from; i < to; i++) {
            n = putOnce(out, n, src[i] & 0xFF);
        }
        return n;
    }

    /** Writes raw bytes encoded twice ({@code %} of an escape as {@code %25}); room for five bytes a byte. */
    static int encodeTwiceInto(byte[] src, int from, int to, byte[] out, int at) {
        int n = at;
        for (int i = from; i < to; i++) {
            n = putTwice(out, n, src[i] & 0xFF);
        }
        return n;
    }

    /**
     * Copies canonical text (what {@link #isCanonical} accepts) from {@code raw[from]} into {@code out}, encoded once
     * more — each {@code %} as {@code %25}, all else as it is — and stops at the first byte that does not continue
     * canonical text: a delimiter such as {@code &} or {@code =}, or anything that needs decoding first ({@code +},
     * lower-case hex, a raw reserved character, a broken escape). Checking while copying makes one pass over a query
     * that a client built, where checking first and encoding afterwards would be two, and finding the delimiters a
     * third.
     *
     * @return the index of the byte it stopped at, or {@code to}
     */
    static int copyCanonicalEncoded(byte[] raw, int from, int to, ByteSink out) {
        byte[] o = out.reserve(2 * (to - from));
        int n = out.length();
        int i = from;
        while (i < to) {
            byte b = raw[i];
            if (UNRESERVED_BYTE[b & 0xFF]) {
                o[n++] = b;
                i++;
                continue;
            }
            if (b != '%' || i + 2 >= to) {
                break;
            }
            byte h = raw[i + 1];
            byte l = raw[i + 2];
            int hi = upperHex(h);
            int lo = upperHex(l);
            if (hi < 0 || lo < 0 || UNRESERVED_BYTE[(hi << 4) | lo]) {
                break;
            }
            o[n] = '%';
            o[n + 1] = '2';
            o[n + 2] = '5';
            o[n + 3] = h;
            o[n + 4] = l;
            n += 5;
            i += 3;
        }
        out.advanceTo(n);
        return i;
    }

    private static int putOnce(byte[] out, int n, int u) {
        if (UNRESERVED_BYTE[u]) {
            out[n] = (byte) u;
            return n + 1;
        }
        out[n] = '%';
        out[n + 1] = HEX[u >> 4];
        out[n + 2] = HEX[u & 0x0F];
        return n + 3;
    }

    private static int putTwice(byte[] out, int n, int u) {
        if (UNRESERVED_BYTE[u]) {
            out[n] = (byte) u;
            return n + 1;
        }
        out[n] = '%';
        out[n + 1] = '2';
        out[n + 2] = '5';
        out[n + 3] = HEX[u >> 4];
        out[n + 4] = HEX[u & 0x0F];
        return n + 5;
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
