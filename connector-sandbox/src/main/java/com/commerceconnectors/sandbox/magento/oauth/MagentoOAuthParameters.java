package com.commerceconnectors.sandbox.magento.oauth;

import com.commerceconnectors.sandbox.http.BracketQuery;
import com.commerceconnectors.sandbox.http.SandboxRequest;
import com.commerceconnectors.sandbox.http.UrlDecoding;
import com.commerceconnectors.sandbox.oauth1.CollectedParameters;
import com.commerceconnectors.sandbox.oauth1.OAuthParameter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Parameter collection as Magento's {@code Oauth\Helper\Request::_processRequest} does it, deviations from RFC 5849
 * included, because those deviations are what makes real signatures fail:
 * <ul>
 *   <li>{@code Authorization}: everything after the first {@code "oauth "} (any case) is split on commas; only names
 *       matching {@code oauth_[a-z_-]+} are kept (so {@code realm} is not), names and values raw-url-decoded, the
 *       quotes trimmed.</li>
 *   <li>A body is read only when {@code Content-Type} starts with {@code application/x-www-form-urlencoded}
 *       (JSON bodies are never signed); it is parsed as PHP's {@code parse_str} does ({@code +} is a space), and
 *       array values from bracketed names are left out, as the newest signer does.</li>
 *   <li>The query is split on {@code &} and {@code =}: a pair is kept only when it splits into exactly two parts
 *       (so {@code k} alone and {@code k=a=b} are dropped), both raw-url-decoded ({@code +} stays a plus), oauth
 *       names ignored.</li>
 *   <li>Values are kept by name: a later duplicate (the query after the body) replaces an earlier one.</li>
 * </ul>
 */
public final class MagentoOAuthParameters {

    private static final Pattern PROTOCOL_NAME = Pattern.compile("oauth_[a-z_-]+");
    private static final String SCHEME = "oauth ";
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String PHP_TRIM = " \t\n\r\0\u000B";

    private MagentoOAuthParameters() {
    }

    /** Empty when the request has no {@code Authorization} header containing {@code "oauth "}. */
    public static CollectedParameters collect(SandboxRequest request) {
        Map<String, String> values = new LinkedHashMap<>();
        String header = request.header("Authorization").orElse("");
        int position = header.toLowerCase(Locale.ROOT).indexOf(SCHEME);
        if (position < 0) {
            return new CollectedParameters(List.of(), values);
        }
        readHeader(header.substring(position + SCHEME.length()), values);
        String contentType = request.header("Content-Type").orElse("");
        if (contentType.startsWith(FORM)) {
            readBody(request.bodyText(), values);
        }
        readQuery(request.rawQuery(), values);
        List<OAuthParameter> signed = new ArrayList<>(values.size());
        values.forEach((name, value) -> {
            if (!name.equals("oauth_signature")) {
                signed.add(new OAuthParameter(name, value));
            }
        });
        return new CollectedParameters(signed, values);
    }

    private static void readHeader(String parameters, Map<String, String> values) {
        for (String item : parameters.split(",", -1)) {
            String[] nameAndValue = phpTrim(item, PHP_TRIM).split("=", 2);
            if (nameAndValue.length < 2) {
                continue;
            }
            if (isProtocolName(nameAndValue[0])) {
                values.put(UrlDecoding.rawUrlDecode(nameAndValue[0]),
                        UrlDecoding.rawUrlDecode(phpTrim(nameAndValue[1], "\"")));
            }
        }
    }

    private static void readBody(String body, Map<String, String> values) {
        boolean noProtocolParameters = values.isEmpty();
        BracketQuery.parse(body).forEach((name, value) -> {
            if (value instanceof String text && (!isProtocolName(name) || noProtocolParameters)) {
                values.put(name, text);
            }
        });
    }

    private static void readQuery(String rawQuery, Map<String, String> values) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return;
        }
        for (String pair : rawQuery.split("&", -1)) {
            String[] parts = pair.split("=", -1);
            if (parts.length == 2 && !isProtocolName(parts[0])) {
                values.put(UrlDecoding.rawUrlDecode(parts[0]), UrlDecoding.rawUrlDecode(parts[1]));
            }
        }
    }

    /** PHP's {@code preg_match('/oauth_[a-z_-]+/')}: unanchored, so it also matches inside a longer name. */
    private static boolean isProtocolName(String name) {
        return PROTOCOL_NAME.matcher(name).find();
    }

    private static String phpTrim(String value, String characters) {
        int start = 0;
        int end = value.length();
        while (start < end && characters.indexOf(value.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && characters.indexOf(value.charAt(end - 1)) >= 0) {
            end--;
        }
        return value.substring(start, end);
    }
}
