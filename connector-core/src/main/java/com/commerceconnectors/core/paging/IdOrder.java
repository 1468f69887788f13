package com.commerceconnectors.core.paging;

import java.math.BigInteger;

/**
 * A plausibility check of the order a server gives ids that share one time. The pager never relies on an id order
 * of its own, but a server that ignores the sort would make an id filter skip records; so the ids must ascend under at
 * least one collation a real store uses — numeric, binary, or case-insensitive (MySQL's default) — over the whole run.
 */
final class IdOrder {

    private static final int NUMERIC = 1;
    private static final int BINARY = 2;
    private static final int CASE_INSENSITIVE = 4;

    private int plausible = NUMERIC | BINARY | CASE_INSENSITIVE;

    /** Records that {@code next} followed {@code previous} at the same time; false once no collation explains the order. */
    boolean follows(String previous, String next) {
        if ((plausible & NUMERIC) != 0 && !numericallyBefore(previous, next)) {
            plausible &= ~NUMERIC;
        }
        if ((plausible & BINARY) != 0 && previous.compareTo(next) >= 0) {
            plausible &= ~BINARY;
        }
        if ((plausible & CASE_INSENSITIVE) != 0 && previous.compareToIgnoreCase(next) > 0) {
            plausible &= ~CASE_INSENSITIVE;
        }
        return plausible != 0;
    }

    private static boolean numericallyBefore(String a, String b) {
        if (!isInteger(a) || !isInteger(b)) {
            return false;
        }
        return new BigInteger(a).compareTo(new BigInteger(b)) < 0;
    }

    private static boolean isInteger(String s) {
        if (s.isEmpty() || s.length() > 40) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i)) && !(i == 0 && s.charAt(i) == '-' && s.length() > 1)) {
                return false;
            }
        }
        return true;
    }
}
