package com.commerceconnectors.sandbox.oauth1;

import com.commerceconnectors.sandbox.http.UrlDecoding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * RFC 5849 §3.5.1: {@code OAuth name="value", …} with percent-encoded names and values, separated by commas and
 * optional whitespace (line breaks included).
 */
public final class AuthorizationHeader {

    private static final String SCHEME = "oauth";

    private AuthorizationHeader() {
    }

    /** The decoded parameters, {@code realm} included; empty when the header is absent or not of the OAuth scheme. */
    public static List<OAuthParameter> parameters(String header) {
        List<OAuthParameter> parameters = new ArrayList<>();
        if (header == null) {
            return parameters;
        }
        String trimmed = header.strip();
        if (trimmed.length() <= SCHEME.length()
                || !trimmed.substring(0, SCHEME.length()).toLowerCase(Locale.ROOT).equals(SCHEME)
                || !Character.isWhitespace(trimmed.charAt(SCHEME.length()))) {
            return parameters;
        }
        for (String item : trimmed.substring(SCHEME.length()).split(",")) {
            String pair = item.strip();
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String value = pair.substring(eq + 1).strip();
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1);
            }
            parameters.add(new OAuthParameter(UrlDecoding.rawUrlDecode(pair.substring(0, eq).strip()),
                    UrlDecoding.rawUrlDecode(value)));
        }
        return parameters;
    }
}
