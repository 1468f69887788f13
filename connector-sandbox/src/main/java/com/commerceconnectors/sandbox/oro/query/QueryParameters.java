package com.commerceconnectors.sandbox.oro.query;

import com.commerceconnectors.sandbox.http.UrlDecoding;
import com.commerceconnectors.sandbox.http.UrlEncoding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a raw query string the way Oro reads filters from it, pair by pair rather than with PHP's
 * {@code parse_str}. {@code +} and percent escapes are decoded as PHP does.
 * <ul>
 *   <li>Oro 6.1 ({@link #parse}): the query is first normalised as Symfony's old {@code normalizeQueryString} did
 *       (each pair split at its first {@code =}, decoded, re-encoded with {@code rawurlencode}), then every
 *       {@code name[path]=value} is taken out of it with {@code RestFilterValueAccessor}'s expression. A filter in
 *       the old operator form is not understood: {@code filter[id]<5} has no {@code =} and is silently dropped,
 *       and of {@code filter[id]>=5} only the tail of the re-encoded key, {@code 3E}, reads as a parameter (which
 *       no filter has, so Oro answers "The filter is not supported." for {@code 3E}).</li>
 *   <li>Oro 6.0 ({@link #parseWithSymbols}): the key also ends at an operator symbol after its last closing
 *       bracket, so {@code filter[id]>=6} is the filter {@code filter[id]} with the operator {@code >=}.</li>
 * </ul>
 */
final class QueryParameters {

    /** One parameter: {@code key}, its operator symbol ({@code =} in the plain form) and the value. */
    record Parameter(String key, String symbol, String value) {
    }

    private static final Pattern BRACKETED = Pattern.compile(
            "^([A-Za-z_][A-Za-z0-9_.]*(?:\\[[^\\]]*\\])+)(!=|<>|<=|>=|!\\*|!~|!\\^|!\\$|=|<|>|\\*|~|\\^|\\$)(.*)$",
            Pattern.DOTALL);
    /** {@code RestFilterValueAccessor::parseQueryString} of Oro 6.1: name, path of brackets, {@code =}, value. */
    private static final Pattern NAME_PATH_VALUE = Pattern.compile(
            "([\\w\\-.]+)((?:\\[[\\w\\-.]*\\]|%5B[\\w\\-.]*%5D)*)=([^&]*)");

    private QueryParameters() {
    }

    /** Oro 6.1: only {@code key=value}, the operator (if any) being the last bracket, {@code key[gte]=value}. */
    static List<Parameter> parse(String rawQuery) {
        List<Parameter> parameters = new ArrayList<>();
        for (String pair : pairs(rawQuery)) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String normalised = UrlEncoding.phpRawUrlEncode(UrlDecoding.phpUrlDecode(pair.substring(0, eq))) + "="
                    + UrlEncoding.phpRawUrlEncode(UrlDecoding.phpUrlDecode(pair.substring(eq + 1)));
            Matcher m = NAME_PATH_VALUE.matcher(normalised);
            while (m.find()) {
                parameters.add(new Parameter(UrlDecoding.rawUrlDecode(m.group(1) + m.group(2)), "=",
                        UrlDecoding.rawUrlDecode(m.group(3))));
            }
        }
        return parameters;
    }

    /** Oro 6.0: also {@code key<symbol>value}, e.g. {@code filter[id]>=6}. */
    static List<Parameter> parseWithSymbols(String rawQuery) {
        List<Parameter> parameters = new ArrayList<>();
        for (String pair : pairs(rawQuery)) {
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

    private static List<String> pairs(String rawQuery) {
        List<String> pairs = new ArrayList<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return pairs;
        }
        for (String pair : rawQuery.split("&")) {
            if (!pair.isEmpty()) {
                pairs.add(pair);
            }
        }
        return pairs;
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
