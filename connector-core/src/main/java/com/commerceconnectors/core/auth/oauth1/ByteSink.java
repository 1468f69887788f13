package com.commerceconnectors.core.auth.oauth1;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A byte array written front to back and grown on demand; {@link SigningWorkspace} keeps one per thread so that signing
 * does not allocate and zero a new array for every request. Writers either {@link #put} bytes or ask for the array with
 * {@link #reserve room} and then say how far they wrote with {@link #advanceTo}.
 */
final class ByteSink {

    private final int initialCapacity;
    private byte[] bytes;
    private int length;

    ByteSink(int initialCapacity) {
        this.initialCapacity = initialCapacity;
        this.bytes = new byte[initialCapacity];
    }

    /** The array, valid from 0 to {@link #length()}. */
    byte[] bytes() {
        return bytes;
    }

    int length() {
        return length;
    }

    /** Makes room for {@code more} bytes after {@link #length()} and returns the array to write them into. */
    byte[] reserve(int more) {
        int needed = length + more;
        if (needed > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(needed, bytes.length * 2));
        }
        return bytes;
    }

    /** Records that the bytes up to {@code newLength} have been written into the {@link #reserve reserved} room. */
    void advanceTo(int newLength) {
        length = newLength;
    }

    void put(byte b) {
        reserve(1)[length++] = b;
    }

    void put(byte[] source) {
        put(source, 0, source.length);
    }

    void put(byte[] source, int from, int to) {
        int n = to - from;
        System.arraycopy(source, from, reserve(n), length, n);
        length += n;
    }

    /** Writes a non-negative number in decimal. */
    void putDecimal(long value) {
        int digits = 1;
        for (long v = value; v >= 10; v /= 10) {
            digits++;
        }
        byte[] out = reserve(digits);
        long v = value;
        for (int i = length + digits - 1; i >= length; i--) {
            out[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        length += digits;
    }

    /** The bytes written so far as text; they are UTF-8 (in practice ASCII, everything being percent-encoded). */
    String text() {
        return new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    /**
     * Zeroes what was written and starts again; an array grown beyond {@code keepAtMost} (a huge form body) is let go
     * rather than kept for the rest of the thread's life.
     */
    void wipe(int keepAtMost) {
        Arrays.fill(bytes, 0, length, (byte) 0);
        length = 0;
        if (bytes.length > keepAtMost) {
            bytes = new byte[initialCapacity];
        }
    }
}
