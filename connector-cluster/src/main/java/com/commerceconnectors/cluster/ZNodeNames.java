package com.commerceconnectors.cluster;

import java.nio.charset.StandardCharsets;

/**
 * Turns a state key (any text: {@code oro:shop:/admin/api:products:…}) into one znode name: letters, digits,
 * {@code .}, {@code _} and {@code -} stay, every other byte of its UTF-8 form becomes {@code %XX}, so two keys never
 * share a znode and the name stays readable in {@code zkCli}.
 */
final class ZNodeNames {

    private ZNodeNames() {
    }

    static String encode(String key) {
        if (key == null || key.isEmpty()) {
            throw new IllegalArgumentException("a state key is not empty");
        }
        StringBuilder out = new StringBuilder(key.length() + 16);
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.')) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        String name = out.toString();
        // "." and ".." are not names a znode may have
        return name.equals(".") ? "%2E" : name.equals("..") ? "%2E%2E" : name;
    }

    /** {@code parent/child}, with no doubled slash. */
    static String join(String parent, String child) {
        return parent.endsWith("/") ? parent + child : parent + "/" + child;
    }
}
