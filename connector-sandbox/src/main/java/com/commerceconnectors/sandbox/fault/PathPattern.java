package com.commerceconnectors.sandbox.fault;

import java.util.regex.Pattern;

/** A glob over route paths: {@code *} matches any run of characters (slashes included), {@code ?} exactly one. */
public final class PathPattern {

    private final String glob;
    private final Pattern regex;

    private PathPattern(String glob, Pattern regex) {
        this.glob = glob;
        this.regex = regex;
    }

    public static PathPattern of(String glob) {
        if (glob == null || glob.isEmpty()) {
            throw new IllegalArgumentException("a path pattern must not be empty; use \"*\" to match every path");
        }
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : glob.toCharArray()) {
            if (c == '*' || c == '?') {
                if (literal.length() > 0) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                regex.append(c == '*' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        if (literal.length() > 0) {
            regex.append(Pattern.quote(literal.toString()));
        }
        return new PathPattern(glob, Pattern.compile(regex.toString(), Pattern.DOTALL));
    }

    public boolean matches(String path) {
        return regex.matcher(path).matches();
    }

    @Override
    public String toString() {
        return glob;
    }
}
