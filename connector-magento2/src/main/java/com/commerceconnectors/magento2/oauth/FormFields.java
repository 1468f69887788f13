package com.commerceconnectors.magento2.oauth;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of an {@code application/x-www-form-urlencoded} body, as PHP's {@code http_build_query} writes them:
 * {@code +} is a space, {@code %XX} a UTF-8 byte, and of a repeated name the last value counts (as PHP reads it).
 * Magento answers its token endpoints this way whatever {@code Content-Type} it declares.
 */
final class FormFields {

    private final Map<String, String> fields;

    private FormFields(Map<String, String> fields) {
        this.fields = Collections.unmodifiableMap(fields);
    }

    /** @throws IllegalArgumentException for a broken percent-escape; the message quotes none of the text */
    static FormFields parse(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (body == null || body.isBlank()) {
            return new FormFields(fields);
        }
        for (String pair : body.strip().split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            fields.put(name, value);
        }
        return new FormFields(fields);
    }

    Optional<String> value(String name) {
        String v = fields.get(name);
        return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    boolean isEmpty() {
        return fields.isEmpty();
    }

    private static String decode(String text) {
        byte[] out = new byte[text.length()];
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '+') {
                out[n++] = ' ';
            } else if (c == '%') {
                if (i + 2 >= text.length()) {
                    throw new IllegalArgumentException("a form field has an incomplete %-escape");
                }
                int hi = Character.digit(text.charAt(i + 1), 16);
                int lo = Character.digit(text.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw new IllegalArgumentException("a form field has an invalid %-escape");
                }
                out[n++] = (byte) (hi << 4 | lo);
                i += 2;
            } else if (c < 0x80) {
                out[n++] = (byte) c;
            } else {
                // not allowed in a form body, but keep it rather than fail: encode it as UTF-8
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                byte[] grown = new byte[out.length + utf8.length];
                System.arraycopy(out, 0, grown, 0, n);
                out = grown;
                for (byte b : utf8) {
                    out[n++] = b;
                }
            }
        }
        return new String(out, 0, n, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        // names only: values are credentials
        return "FormFields" + fields.keySet();
    }
}
