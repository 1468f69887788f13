package com.commerceconnectors.core.error;

import java.net.URI;
import java.util.Locale;
import java.util.Set;

/**
 * A URI as it may appear in a log line or an error message: user info dropped, values of query parameters whose
 * names suggest a credential replaced by {@code ******}. Everything else stays, so an operator can still see which
 * resource and which filters were asked for.
 */
public final class SafeUri {

    public static final String MASK = "******";

    /** Parameter names masked whatever they contain. */
    private static final Set<String> EXACT = Set.of("key", "code", "sig", "pwd", "pass", "auth");

    /** Parameter names masked when they contain one of these (after lower-casing, with {@code -} and {@code _} removed). */
    private static final String[] FRAGMENTS = {
        "token", "secret", "password", "passwd", "apikey", "signature", "credential", "session", "assertion",
        "authorization", "accesskey", "privatekey", "nonce"
    };

    private SafeUri() {
    }

    public static String of(URI uri) {
        if (uri == null) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        if (uri.getScheme() != null) {
            s.append(uri.getScheme()).append(':');
        }
        if (uri.getRawAuthority() != null) {
            s.append("//");
            if (uri.getHost() != null) {
                s.append(uri.getHost());
                if (uri.getPort() >= 0) {
                    s.append(':').append(uri.getPort());
                }
            } else {
                // a registry-based authority we cannot split; never print user info
                String authority = uri.getRawAuthority();
                int at = authority.lastIndexOf('@');
                s.append(at >= 0 ? authority.substring(at + 1) : authority);
            }
        }
        if (uri.getRawPath() != null) {
            s.append(uri.getRawPath());
        }
        if (uri.getRawQuery() != null) {
            s.append('?').append(maskQuery(uri.getRawQuery()));
        }
        return s.toString();
    }

    /** Whether a query parameter (or form field) of this name carries a credential. */
    public static boolean isSensitiveName(String name) {
        String n = decodeLoosely(name).toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        if (EXACT.contains(n)) {
            return true;
        }
        for (String fragment : FRAGMENTS) {
            if (n.contains(fragment)) {
                return true;
            }
        }
        return false;
    }

    static String maskQuery(String rawQuery) {
        StringBuilder out = new StringBuilder(rawQuery.length());
        for (String pair : rawQuery.split("&", -1)) {
            if (out.length() > 0) {
                out.append('&');
            }
            int eq = pair.indexOf('=');
            if (eq < 0) {
                out.append(pair);
            } else {
                String name = pair.substring(0, eq);
                out.append(name).append('=').append(isSensitiveName(name) ? MASK : pair.substring(eq + 1));
            }
        }
        return out.toString();
    }

    private static String decodeLoosely(String raw) {
        try {
            return java.net.URLDecoder.decode(raw, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }
}
