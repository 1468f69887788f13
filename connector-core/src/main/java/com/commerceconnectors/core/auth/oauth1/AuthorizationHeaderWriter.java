package com.commerceconnectors.core.auth.oauth1;

import java.util.List;

/**
 * Writes the {@code Authorization} header of RFC 5849 §3.5.1: {@code OAuth realm="…", oauth_consumer_key="…", …,
 * oauth_signature="…"}, every name and value percent-encoded — the realm too, so that no quote, comma or line break
 * in it can confuse a server that splits the header on commas (Magento does).
 */
final class AuthorizationHeaderWriter {

    private AuthorizationHeaderWriter() {
    }

    static String write(String realm, List<String[]> protocolPairs, String signature) {
        StringBuilder h = new StringBuilder(320).append("OAuth ");
        if (realm != null) {
            append(h, "realm", realm);
        }
        for (String[] pair : protocolPairs) {
            append(h, pair[0], pair[1]);
        }
        append(h, "oauth_signature", signature);
        return h.toString();
    }

    private static void append(StringBuilder h, String name, String value) {
        if (h.length() > "OAuth ".length()) {
            h.append(", ");
        }
        h.append(PercentEncoding.encode(name)).append("=\"").append(PercentEncoding.encode(value)).append('"');
    }
}
