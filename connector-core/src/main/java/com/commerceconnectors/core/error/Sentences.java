package com.commerceconnectors.core.error;

/** Joins message fragments into sentences. */
final class Sentences {

    private Sentences() {
    }

    /** The text with a full stop added unless it already ends a sentence. */
    static String end(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return t;
        }
        char last = t.charAt(t.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == ')' && t.endsWith(".)") ? t : t + ".";
    }
}
