package com.commerceconnectors.core.auth.oauth1;

import com.commerceconnectors.core.error.SafeUri;

import java.net.URI;
import java.nio.charset.StandardCharsets;
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
 * enough to compare with what a server computed. {@link #value()} is what gets signed. The parts
 * ({@link #baseUri()}, {@link #normalizedParameters()}) are read back from the value when asked for: signing needs
 * only the value.
 */
public final class BaseString {

    /** The protocol parameters whose values are credentials. */
    private static final Set<String> SECRET_PROTOCOL_PARAMETERS = Set.of("oauth_token", "oauth_verifier");

    private static final byte[] COLON_SLASH_SLASH = {'%', '3', 'A', '%', '2', 'F', '%', '2', 'F'};
    private static final byte[] COLON = {'%', '3', 'A'};
    private static final String AMPERSAND = "%26";
    private static final String EQUALS = "%3D";

    private final String value;
    /** Where the encoded base URI starts and where the encoded parameters start, each after an {@code &}. */
    private final int uriFrom;
    private final int parametersFrom;

    private BaseString(String value, int uriFrom, int parametersFrom) {
        this.value = value;
        this.uriFrom = uriFrom;
        this.parametersFrom = parametersFrom;
    }

    /**
     * Writes the base string of a request with these {@link EncodedParameters#sort() sorted} parameters into
     * {@code out}, which then holds exactly the bytes to sign.
     */
    static BaseString write(String method, URI uri, EncodedParameters sorted, ByteSink out) {
        out.put(method.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
        out.put((byte) '&');
        int uriFrom = out.length();
        writeEncodedBaseUri(uri, out);
        out.put((byte) '&');
        int parametersFrom = out.length();
        sorted.writeSortedTo(out);
        return new BaseString(out.text(), uriFrom, parametersFrom);
    }

    /** {@code enc(}{@link #baseUri(URI)}{@code )}, written without making the base URI first. */
    private static void writeEncodedBaseUri(URI uri, ByteSink out) {
        String scheme = lowerCase(uri.getScheme());
        String host = lowerCase(uri.getHost());
        String path = uri.getRawPath();
        if (path == null || path.isEmpty()) {
            path = "/";
        }
        out.advanceTo(PercentEncoding.encodeInto(scheme, out.reserve(9 * scheme.length()), out.length()));
        out.put(COLON_SLASH_SLASH);
        out.advanceTo(PercentEncoding.encodeInto(host, out.reserve(9 * host.length()), out.length()));
        if (!isDefaultPort(scheme, uri.getPort())) {
            out.put(COLON);
            out.putDecimal(uri.getPort());
        }
        out.advanceTo(PercentEncoding.encodeInto(path, out.reserve(9 * path.length()), out.length()));
    }

    /** The base string URI of RFC 5849 §3.4.1.2, before encoding. */
    public static String baseUri(URI uri) {
        String scheme = lowerCase(uri.getScheme());
        String host = lowerCase(uri.getHost());
        int port = uri.getPort();
        String path = uri.getRawPath();
        StringBuilder s = new StringBuilder(scheme).append("://").append(host);
        if (!isDefaultPort(scheme, port)) {
            s.append(':').append(port);
        }
        return s.append(path == null || path.isEmpty() ? "/" : path).toString();
    }

    private static boolean isDefaultPort(String scheme, int port) {
        return port < 0 || scheme.equals("http") && port == 80 || scheme.equals("https") && port == 443;
    }

    private static String lowerCase(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** The string the signature is computed over. */
    public String value() {
        return value;
    }

    /** The upper-case HTTP method. */
    public String method() {
        return value.substring(0, uriFrom - 1);
    }

    /** The base string URI, not yet encoded. */
    public String baseUri() {
        return decodeOnce(uriFrom, parametersFrom - 1);
    }

    /** The normalized parameters ({@code name=value&…}, sorted), not yet encoded as a whole. */
    public String normalizedParameters() {
        return decodeOnce(parametersFrom, value.length());
    }

    /** Undoes the encoding of the whole that the base string applies to its second and third parts. */
    private String decodeOnce(int from, int to) {
        byte[] part = value.substring(from, to).getBytes(StandardCharsets.US_ASCII);
        return new String(PercentEncoding.decodeFormComponent(part, 0, part.length), StandardCharsets.UTF_8);
    }

    /**
     * The base string with the values of {@code oauth_token}, {@code oauth_verifier} and credential-like parameters
     * masked. Inside the base string a name or value never holds {@code %26} or {@code %3D} (its own {@code %} are
     * written {@code %25}), so those split the parameters apart exactly.
     */
    private String masked() {
        StringBuilder s = new StringBuilder(value.length()).append(value, 0, parametersFrom);
        int at = parametersFrom;
        while (at < value.length()) {
            int end = value.indexOf(AMPERSAND, at);
            if (end < 0) {
                end = value.length();
            }
            int equals = value.indexOf(EQUALS, at);
            if (equals < 0 || equals > end) {
                equals = end;
            }
            s.append(value, at, equals);
            if (equals < end) {
                s.append(EQUALS);
                if (isSecret(decodeOnce(at, equals))) {
                    s.append(SafeUri.MASK);
                } else {
                    s.append(value, equals + EQUALS.length(), end);
                }
            }
            if (end < value.length()) {
                s.append(AMPERSAND);
            }
            at = end + AMPERSAND.length();
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
        return masked();
    }
}
