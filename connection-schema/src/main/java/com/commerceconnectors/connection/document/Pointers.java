package com.commerceconnectors.connection.document;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;

/** JSON pointers (RFC 6901) as the strings violations carry: {@code ""} is the document, {@code /auth/token} a value. */
public final class Pointers {

    private Pointers() {
    }

    public static String child(String parent, String name) {
        return parent + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    public static String child(String parent, int index) {
        return parent + "/" + index;
    }

    /** The pointer of the enclosing value; {@code ""} for a top-level property and for the document. */
    public static String parent(String pointer) {
        int slash = pointer.lastIndexOf('/');
        return slash <= 0 ? "" : pointer.substring(0, slash);
    }

    /** The unescaped reference tokens, outermost first. */
    public static List<String> segments(String pointer) {
        List<String> out = new ArrayList<>();
        if (pointer.isEmpty()) {
            return out;
        }
        for (String token : pointer.substring(1).split("/", -1)) {
            out.add(token.replace("~1", "/").replace("~0", "~"));
        }
        return out;
    }

    /** The last unescaped token, or {@code ""} for the document. */
    public static String name(String pointer) {
        List<String> segments = segments(pointer);
        return segments.isEmpty() ? "" : segments.get(segments.size() - 1);
    }

    /** Whether {@code pointer} is {@code ancestor} or lies inside it. */
    public static boolean isWithin(String pointer, String ancestor) {
        return pointer.equals(ancestor) || pointer.startsWith(ancestor + "/");
    }

    /** The value at {@code pointer}, or a missing node. */
    public static JsonNode at(JsonNode root, String pointer) {
        try {
            return root.at(JsonPointer.compile(pointer));
        } catch (IllegalArgumentException e) {
            return MissingNode.getInstance();
        }
    }
}
