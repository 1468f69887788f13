package com.commerceconnectors.sandbox.oro.query;

import com.commerceconnectors.sandbox.http.UrlDecoding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a raw query string the way Oro reads filters from it: not with PHP's {@code parse_str}, which would lose
 * the operator of {@code filter[id]>=6}, but pair by pair, the key running to the first operator after its last
 * closing bracket. {@code +} and percent escapes are decoded as PHP does.
 */
final class QueryParameters {

    /** One parameter: {@code key}, its operator symbol ({@code =} in the plain form) and the value. */
    record Parameter(String key, String symbol, String value) {
    }

    private static final Pattern BRACKETED = Pattern.compile(
            "^([A-Za-z_][A-Za-z0-9_.]*(?:\\[[^\\]]*\\])+)(!=|<>|<=|>=|!\\*|!~|!\\^|!\\$|=|<|>|\\*|~|\\^|\\$)(.*)$",
            Pattern.DOTALL);

    private QueryParameters() {
    }

    static List<Parameter> parse(String rawQuery) {
        List<Parameter> parameters = new ArrayList<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            // The operator may itself be percent-encoded (filter%5Bid%5D%3E%3D6), so match on the decoded pair.
            Matcher m = BRACKETED.matcher(decodedPair(pair));
            if (m.matches()) {
                String symbol = m.group(2).equals("<>") ? "!=" : m.group(2);
                parameters.add(new Parameter(m.group(1), symbol, m.group(3)));
                continue;
            }
            int eq = pair.indexOf('=');
            String key = UrlDecoding.phpUrlDecode(eq < 0 ? pair : pair.substring(0, eq));
            parameters.add(new Parameter(key, "=", eq < 0 ? "" : UrlDecoding.phpUrlDecode(pair.substring(eq + 1))));
        }
        return parameters;
    }

    private static String decodedPair(String pair) {
        int eq = pair.indexOf('=');
        if (eq < 0) {
            return UrlDecoding.phpUrlDecode(pair);
        }
        // Decode key and value apart so an encoded '=' inside the value stays part of the value.
        return UrlDecoding.phpUrlDecode(pair.substring(0, eq)) + "=" + UrlDecoding.phpUrlDecode(pair.substring(eq + 1));
    }
}
