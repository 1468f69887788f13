package com.commerceconnectors.sandbox.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses a query string into nested maps the way PHP's {@code parse_str} fills {@code $_GET}: {@code a[b][c]=v}
 * nests, {@code a[]=v} appends at the next integer index, a later duplicate wins, and a value is either a
 * {@code String} or a {@code Map<String, Object>} (insertion-ordered, as PHP arrays are).
 * <p>
 * These rules matter: a client writing {@code filter_groups[][filters][][field]=...} gets every part in a group
 * of its own on a real PHP server, and the sandbox reproduces that.
 */
public final class BracketQuery {

    private BracketQuery() {
    }

    public static Map<String, Object> parse(String rawQuery) {
        Map<String, Object> root = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return root;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = UrlDecoding.phpUrlDecode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : UrlDecoding.phpUrlDecode(pair.substring(eq + 1));
            assign(root, key, value);
        }
        return root;
    }

    private static void assign(Map<String, Object> root, String key, String value) {
        String trimmed = stripLeadingSpaces(key);
        int open = trimmed.indexOf('[');
        String base = open < 0 ? trimmed : trimmed.substring(0, open);
        if (base.isEmpty()) {
            return;
        }
        List<String> path = new ArrayList<>();
        path.add(normaliseBaseName(base));
        if (open >= 0) {
            int i = open;
            while (i < trimmed.length() && trimmed.charAt(i) == '[') {
                int close = trimmed.indexOf(']', i);
                if (close < 0) {
                    break;
                }
                path.add(trimmed.substring(i + 1, close));
                i = close + 1;
            }
        }
        Map<String, Object> node = root;
        for (int level = 0; level < path.size() - 1; level++) {
            String segment = resolveSegment(node, path.get(level));
            Object child = node.get(segment);
            if (!(child instanceof Map)) {
                child = new LinkedHashMap<String, Object>();
                node.put(segment, child);
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> next = (Map<String, Object>) child;
            node = next;
        }
        node.put(resolveSegment(node, path.get(path.size() - 1)), value);
    }

    /** {@code []} means "next integer index", one past the highest integer key so far. */
    private static String resolveSegment(Map<String, Object> node, String segment) {
        if (!segment.isEmpty()) {
            return segment;
        }
        long next = 0;
        for (String existing : node.keySet()) {
            if (isIntegerKey(existing)) {
                next = Math.max(next, Long.parseLong(existing) + 1);
            }
        }
        return Long.toString(next);
    }

    private static boolean isIntegerKey(String key) {
        if (key.isEmpty() || key.length() > 18) {
            return false;
        }
        if (key.equals("0")) {
            return true;
        }
        if (key.charAt(0) == '0') {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (!Character.isDigit(key.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** PHP turns spaces and dots of a top-level name into underscores. */
    private static String normaliseBaseName(String base) {
        return base.replace(' ', '_').replace('.', '_');
    }

    private static String stripLeadingSpaces(String key) {
        int i = 0;
        while (i < key.length() && key.charAt(i) == ' ') {
            i++;
        }
        return key.substring(i);
    }
}
