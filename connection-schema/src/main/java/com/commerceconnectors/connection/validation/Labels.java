package com.commerceconnectors.connection.validation;

import com.commerceconnectors.connection.document.Pointers;
import java.util.List;

/** How messages name things: values by their key, lists as "a, b or c". */
final class Labels {

    private Labels() {
    }

    /** {@code /auth/type} reads "auth type"; every other value is called by its key. */
    static String of(String pointer) {
        List<String> segments = Pointers.segments(pointer);
        if (segments.isEmpty()) {
            return "the document";
        }
        String name = segments.get(segments.size() - 1);
        if (name.equals("type") && segments.size() > 1) {
            return segments.get(segments.size() - 2) + " type";
        }
        return name;
    }

    static String oneOf(List<String> values) {
        return join(values, " or ");
    }

    static String allOf(List<String> values) {
        return join(values, " and ");
    }

    private static String join(List<String> values, String last) {
        if (values.isEmpty()) {
            return "";
        }
        if (values.size() == 1) {
            return values.get(0);
        }
        return String.join(", ", values.subList(0, values.size() - 1)) + last + values.get(values.size() - 1);
    }
}
