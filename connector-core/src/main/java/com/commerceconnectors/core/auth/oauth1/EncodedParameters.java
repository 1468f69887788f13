package com.commerceconnectors.core.auth.oauth1;

import java.util.Arrays;

/**
 * The parameters of one base string (RFC 5849 §3.4.1.3), each name and value held in the form it takes inside the
 * base string: percent-encoded, then encoded again as part of the whole ({@code %} → {@code %25}). All of them live
 * in one byte array, each written as {@code name%3Dvalue%26} and known by three offsets into it (name from, value
 * from, value to), so that sorting moves indices rather than strings and the sorted list is written out with one
 * array copy a parameter.
 * <p>
 * Sorting the twice-encoded bytes gives the order RFC 5849 §3.4.1.3.2 asks for, by encoded name and then encoded
 * value in byte order: encoding again maps every byte to itself except {@code %}, which becomes {@code %25} — still
 * starting with {@code %} — so the first byte two texts differ in, and which one is a prefix of the other, stay the
 * same.
 */
final class EncodedParameters {

    private static final byte[] AMPERSAND = {'%', '2', '6'};
    private static final byte[] EQUALS = {'%', '3', 'D'};

    private final ByteSink text = new ByteSink(2048);
    /** Per parameter: where its name starts, where its value starts (3 after the name ends), where the value ends. */
    private int[] bounds = new int[3 * 32];
    /** Parameter numbers in sorted order, once {@link #sort()} has run. */
    private int[] order = new int[32];
    private int count;

    /** Where names and values are written, front to back, between {@link #endName} and {@link #endValue}. */
    ByteSink text() {
        return text;
    }

    int size() {
        return count;
    }

    /** Ends the name being written (with its {@code %3D}); returns where its value starts. */
    int endName() {
        text.put(EQUALS);
        return text.length();
    }

    /** Ends the value and with it the parameter whose name started at {@code nameFrom} and value at {@code valueFrom}. */
    void endValue(int nameFrom, int valueFrom) {
        if (3 * count + 3 > bounds.length) {
            bounds = Arrays.copyOf(bounds, bounds.length * 2);
            order = Arrays.copyOf(order, order.length * 2);
        }
        bounds[3 * count] = nameFrom;
        bounds[3 * count + 1] = valueFrom;
        bounds[3 * count + 2] = text.length();
        count++;
        text.put(AMPERSAND);
    }

    /** Forgets what was written since {@code from}: a parameter that is not signed ({@code oauth_signature}). */
    void discardFrom(int from) {
        text.advanceTo(from);
    }

    /** Whether the name that starts at {@code nameFrom} and whose value starts at {@code valueFrom} is {@code ascii}. */
    boolean nameEquals(int nameFrom, int valueFrom, byte[] ascii) {
        return Arrays.equals(text.bytes(), nameFrom, valueFrom - EQUALS.length, ascii, 0, ascii.length);
    }

    /**
     * Sorts by name, then value. Parameters come partly in order (the protocol parameters are added sorted, and a
     * client usually writes related query parameters together), so each one is first compared with the one before and
     * only when it belongs further ahead is its place searched for by bisection.
     */
    void sort() {
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        for (int i = 1; i < count; i++) {
            int p = order[i];
            if (compare(order[i - 1], p) <= 0) {
                continue;
            }
            int low = 0;
            int high = i - 1;
            while (low < high) {
                int middle = (low + high) >>> 1;
                if (compare(order[middle], p) <= 0) {
                    low = middle + 1;
                } else {
                    high = middle;
                }
            }
            System.arraycopy(order, low, order, low + 1, i - low);
            order[low] = p;
        }
    }

    private int compare(int a, int b) {
        byte[] t = text.bytes();
        int[] o = bounds;
        int byName = Arrays.compare(t, o[3 * a], o[3 * a + 1] - EQUALS.length, t, o[3 * b], o[3 * b + 1] - EQUALS.length);
        return byName != 0 ? byName : Arrays.compare(t, o[3 * a + 1], o[3 * a + 2], t, o[3 * b + 1], o[3 * b + 2]);
    }

    /** Writes {@code name%3Dvalue%26…} in sorted order: the third part of the base string. */
    void writeSortedTo(ByteSink out) {
        byte[] t = text.bytes();
        byte[] o = out.reserve(text.length());
        int n = out.length();
        for (int k = 0; k < count; k++) {
            int p = order[k];
            int from = bounds[3 * p];
            // each parameter's own %26 separates it from the next; the last one's is left out
            int to = bounds[3 * p + 2] + (k < count - 1 ? AMPERSAND.length : 0);
            System.arraycopy(t, from, o, n, to - from);
            n += to - from;
        }
        out.advanceTo(n);
    }

    /** Zeroes the text (it holds the access token) and empties the list for the next request. */
    void wipe(int keepAtMost) {
        text.wipe(keepAtMost);
        count = 0;
        if (bounds.length > keepAtMost / 8) {
            bounds = new int[3 * 32];
            order = new int[32];
        }
    }
}
