package com.commerceconnectors.sandbox.oauth1;

import java.util.Locale;

/**
 * RFC 5849 §3.4.1.2: {@code scheme://host[:port]/path} with scheme and host in lower case, the default port of the
 * scheme left out, no query and no fragment. The path stays exactly as it was sent (still percent-encoded), so a
 * store code, {@code index.php} or a trailing slash are part of what is signed.
 */
public final class BaseStringUri {

    private BaseStringUri() {
    }

    /**
     * @param scheme     {@code http} or {@code https}
     * @param hostHeader the {@code Host} header as received, e.g. {@code 127.0.0.1:8080} or {@code [::1]:8080}
     * @param rawPath    the request path as received, e.g. {@code /rest/all/V1/products/A%2FB}
     */
    public static String of(String scheme, String hostHeader, String rawPath) {
        String lowerScheme = scheme.toLowerCase(Locale.ROOT);
        String host = hostHeader == null ? "" : hostHeader.trim().toLowerCase(Locale.ROOT);
        String port = "";
        int colon = host.startsWith("[") ? host.indexOf("]:") + 1 : host.lastIndexOf(':');
        if (colon > 0) {
            port = host.substring(colon + 1);
            host = host.substring(0, colon);
        }
        boolean defaultPort = port.isEmpty()
                || (lowerScheme.equals("http") && port.equals("80"))
                || (lowerScheme.equals("https") && port.equals("443"));
        String path = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
        return lowerScheme + "://" + host + (defaultPort ? "" : ":" + port) + path;
    }
}
