package com.commerceconnectors.core.auth.oauth1;

import com.commerceconnectors.core.error.SafeUri;

import java.net.URI;
import java.nio.charset.StandardCharsets;
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

    private static final byte[] AMPERSAND = {'%', '2', '6'};
    private static final byte[] EQUALS = {'%', '3', 'D'};

    private final String method;
    private final String baseUri;
    private final List<EncodedParameter> parameters;
    private final String value;

    private BaseString(String method, String baseUri, List<EncodedParameter> parameters) {
        this.method = method;
        this.baseUri = baseUri;
        this.parameters = parameters;
        this.value = composeAscii();
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
        return normalized();
    }

    /**
     * {@link #compose} without the masking, straight into bytes: every part is ASCII in practice (the parameters are
     * already encoded), and a byte array sized once is cheaper to fill than a {@link StringBuilder} that checks its
     * capacity and coder for every character. Falls back to {@link #compose} for a non-ASCII method or path.
     */
    private String composeAscii() {
        int bound = method.length() + 2 + baseUri.length() * 3;
        for (EncodedParameter p : parameters) {
            bound += (p.name().length() + p.value().length()) * 3 + 6;
        }
        byte[] out = new byte[bound];
        int n = 0;
        for (int i = 0; i < method.length(); i++) {
            char c = method.charAt(i);
            if (c >= 128) {
                return compose(false);
            }
            out[n++] = (byte) c;
        }
        out[n++] = '&';
        n = PercentEncoding.encodeAsciiInto(out, n, baseUri);
        if (n < 0) {
            return compose(false);
        }
        out[n++] = '&';
        boolean first = true;
        for (EncodedParameter p : parameters) {
            if (!first) {
                n = put(out, n, AMPERSAND);
            }
            first = false;
            n = PercentEncoding.encodeAsciiInto(out, n, p.name());
            if (n < 0) {
                return compose(false);
            }
            n = put(out, n, EQUALS);
            n = PercentEncoding.encodeAsciiInto(out, n, p.value());
            if (n < 0) {
                return compose(false);
            }
        }
        return new String(out, 0, n, StandardCharsets.ISO_8859_1);
    }

    private static int put(byte[] out, int at, byte[] bytes) {
        System.arraycopy(bytes, 0, out, at, bytes.length);
        return at + bytes.length;
    }

    /**
     * {@code METHOD&enc(baseUri)&enc(name=value&…)} in one pass: the parameters are already encoded, so encoding the
     * joined string equals encoding each part and writing {@code =} as {@code %3D} and {@code &} as {@code %26}.
     */
    private String compose(boolean masked) {
        int size = method.length() + baseUri.length() * 3 + 2;
        for (EncodedParameter p : parameters) {
            size += (p.name().length() + p.value().length()) * 3 / 2 + 6;
        }
        StringBuilder s = new StringBuilder(size).append(method).append('&');
        PercentEncoding.appendEncoded(s, baseUri);
        s.append('&');
        boolean first = true;
        for (EncodedParameter p : parameters) {
            if (!first) {
                s.append("%26");
            }
            first = false;
            PercentEncoding.appendEncoded(s, p.name());
            s.append("%3D");
            if (masked && isSecret(p.name())) {
                s.append(SafeUri.MASK);
            } else {
                PercentEncoding.appendEncoded(s, p.value());
            }
        }
        return s.toString();
    }

    private String normalized() {
        StringBuilder s = new StringBuilder(parameters.size() * 24);
        for (EncodedParameter p : parameters) {
            if (s.length() > 0) {
                s.append('&');
            }
            s.append(p.name()).append('=').append(p.value());
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
        return compose(true);
    }
}
