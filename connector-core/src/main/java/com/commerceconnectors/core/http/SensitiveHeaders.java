package com.commerceconnectors.core.http;

import java.util.Locale;
import java.util.Set;

/** Which header names carry credentials, so their values are masked in output and stripped on cross-origin redirects. */
public final class SensitiveHeaders {

    public static final String MASK = "******";

    private static final Set<String> NAMES = Set.of(
            "authorization", "proxy-authorization", "cookie", "set-cookie", "x-wsse", "x-api-key", "api-key",
            "x-auth-token", "x-access-token", "x-csrf-token");

    private static final String[] FRAGMENTS = {"token", "secret", "password", "apikey", "api-key", "signature", "session"};

    private SensitiveHeaders() {
    }

    public static boolean isSensitive(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (NAMES.contains(n)) {
            return true;
        }
        for (String fragment : FRAGMENTS) {
            if (n.contains(fragment)) {
                return true;
            }
        }
        return false;
    }
}
