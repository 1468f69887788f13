package com.commerceconnectors.core.auth.oauth1;

import com.commerceconnectors.core.error.SafeUri;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The signature base string of RFC 5849 §3.4.1: {@code METHOD&enc(base URI)&enc(normalized parameters)}.
 * <ul>
 *   <li>method in upper case;</li>
 *   <li>base URI: scheme and host in lower case, the port only when it is not the scheme's default, and the path
 *       exactly as it is sent — percent-escapes, a store code, {@code index.php} and a trailing slash included (a
 *       {@code %2F} in a path segment therefore appears as {@code %252F}); no query, no fragment, no user info;</li>
 *   <li>parameters sorted by encoded name, then encoded value, in byte order, joined as {@code name=value&…}.</li>
 * </ul>
 * {@link #toString()} is the base string with credential values replaced by {@code ******}: safe to log, and still
 * enough to compare with what a server computed. {@link #value()} is what gets signed.
 */
public final class BaseString {

    /** The protocol parameters whose values are credentials. */
    private static final Set<String> SECRET_PROTOCOL_PARAMETERS = Set.of("oauth_token", "oauth_verifier");

    private final String method;
    private final String baseUri;
    private final List<EncodedParameter> parameters;
    private final String value;

    private BaseString(String method, String baseUri, List<EncodedParameter> parameters) {
        this.method = method;
        this.baseUri = baseUri;
        this.parameters = parameters;
        this.value = compose(false);
    }

    static BaseString of(String method, URI uri, List<EncodedParameter> parameters) {
        List<EncodedParameter> sorted = new ArrayList<>(parameters);
        sorted.sort(null);
        return new BaseString(method.toUpperCase(Locale.ROOT), baseUri(uri), List.copyOf(sorted));
    }

    /** The base string URI of RFC 5849 §3.4.1.2, before encoding. */
    public static String baseUri(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port < 0 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
        String path = uri.getRawPath();
        StringBuilder s = new StringBuilder(scheme).append("://").append(host);
        if (!defaultPort) {
            s.append(':').append(port);
        }
        return s.append(path == null || path.isEmpty() ? "/" : path).toString();
    }

    /** The string the signature is computed over. */
    public String value() {
        return value;
    }

    /** The upper-case HTTP method. */
    public String method() {
        return method;
    }

    /** The base string URI, not yet encoded. */
    public String baseUri() {
        return baseUri;
    }

    /** The normalized parameters ({@code name=value&…}, sorted), not yet encoded as a whole. */
    public String normalizedParameters() {
        return normalized(false);
    }

    private String compose(boolean masked) {
        return method + '&' + PercentEncoding.encode(baseUri) + '&' + PercentEncoding.encode(normalized(masked));
    }

    private String normalized(boolean masked) {
        StringBuilder s = new StringBuilder(parameters.size() * 24);
        for (EncodedParameter p : parameters) {
            if (s.length() > 0) {
                s.append('&');
            }
            s.append(p.name()).append('=');
            // a NUL marks a masked value: it becomes %00 in the outer encoding, which nothing else can produce (inner
            // names and values are already encoded, so their % turns into %25); toString() swaps it for the mask
            s.append(masked && isSecret(p.name()) ? "\u0000" : p.value());
        }
        return s.toString();
    }

    private static boolean isSecret(String encodedName) {
        if (encodedName.startsWith("oauth_")) {
            return SECRET_PROTOCOL_PARAMETERS.contains(encodedName);
        }
        return SafeUri.isSensitiveName(encodedName);
    }

    /** The base string with the values of {@code oauth_token}, {@code oauth_verifier} and credential-like parameters masked. */
    @Override
    public String toString() {
        return compose(true).replace("%00", SafeUri.MASK);
    }
}
