package com.commerceconnectors.sandbox.oauth1;

import com.commerceconnectors.sandbox.http.UrlDecoding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * RFC 5849 §3.4.1.3.1 parameter collection, the reference a real server deviates from: every query pair and every
 * pair of an {@code application/x-www-form-urlencoded} body (both form-decoded, so {@code +} is a space; a name
 * without {@code =} has an empty value; duplicates kept), and the {@code Authorization: OAuth} parameters except
 * {@code realm} and {@code oauth_signature}.
 */
public final class Rfc5849Parameters {

    private static final String FORM = "application/x-www-form-urlencoded";

    private Rfc5849Parameters() {
    }

    public static CollectedParameters collect(String authorization, String rawQuery, String contentType,
                                              String body) {
        List<OAuthParameter> signed = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        addForm(rawQuery, signed, values);
        if (contentType != null && contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT).equals(FORM)) {
            addForm(body, signed, values);
        }
        for (OAuthParameter parameter : AuthorizationHeader.parameters(authorization)) {
            values.put(parameter.name(), parameter.value());
            if (!parameter.name().equals("realm") && !parameter.name().equals("oauth_signature")) {
                signed.add(parameter);
            }
        }
        return new CollectedParameters(signed, values);
    }

    private static void addForm(String encoded, List<OAuthParameter> signed, Map<String, String> values) {
        if (encoded == null || encoded.isEmpty()) {
            return;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = UrlDecoding.phpUrlDecode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : UrlDecoding.phpUrlDecode(pair.substring(eq + 1));
            signed.add(new OAuthParameter(name, value));
            values.put(name, value);
        }
    }
}
