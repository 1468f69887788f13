package com.commerceconnectors.sandbox.magento.search;

import java.util.regex.Pattern;

/** SQL {@code LIKE}: {@code %} any run, {@code _} one character, backslash escapes; case-insensitive. */
final class LikePattern {

    private final Pattern regex;

    private LikePattern(Pattern regex) {
        this.regex = regex;
    }

    static LikePattern compile(String like) {
        StringBuilder out = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < like.length(); i++) {
            char c = like.charAt(i);
            if (c == '\\' && i + 1 < like.length()) {
                literal.append(like.charAt(++i));
            } else if (c == '%' || c == '_') {
                flush(out, literal);
                out.append(c == '%' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        flush(out, literal);
        return new LikePattern(Pattern.compile(out.toString(),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL));
    }

    boolean matches(String text) {
        return regex.matcher(text).matches();
    }

    private static void flush(StringBuilder out, StringBuilder literal) {
        if (literal.length() > 0) {
            out.append(Pattern.quote(literal.toString()));
            literal.setLength(0);
        }
    }
}
