package com.commerceconnectors.connection.validation;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What the schema cannot say about URIs: absolute, the right scheme, a host, no credentials inside. Each check
 * returns the problem as a message fragment, or nothing. Messages never quote the URI (it may hold a password).
 */
final class UriRules {

    private static final Set<String> HTTP = Set.of("http", "https");
    private static final Set<String> PROXY = Set.of("http", "https", "socks5");

    private UriRules() {
    }

    /** A base URI: absolute http(s) with a host, no credentials, no query or fragment. */
    static Optional<String> baseUri(String value) {
        URI uri = parse(value);
        Optional<String> problem = absolute(uri, HTTP, "an absolute http or https URI, such as https://shop.example.com/rest",
                "credentials belong in auth");
        if (problem.isPresent()) {
            return problem;
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return Optional.of("must not contain a query (?…) or a fragment (#…)");
        }
        return Optional.empty();
    }

    /** A token endpoint that must be absolute. */
    static Optional<String> absoluteEndpoint(String value) {
        return absolute(parse(value), HTTP, "an absolute http or https URI, such as https://auth.example.com/oauth/token",
                "credentials belong in auth");
    }

    /** A token endpoint that may also be a path relative to the base URI. */
    static Optional<String> endpointOrPath(String value) {
        URI uri = parse(value);
        if (uri != null && uri.getScheme() == null && uri.getRawAuthority() == null && uri.getRawPath() != null
                && !uri.getRawPath().isEmpty()) {
            return Optional.empty();
        }
        return absolute(uri, HTTP, "an absolute http or https URI, or a path relative to baseUri such as /V1/integration/admin/token",
                "credentials belong in auth");
    }

    /** The agent's tunnel entry. */
    static Optional<String> proxyUri(String value) {
        URI uri = parse(value);
        Optional<String> problem = absolute(uri, PROXY, "an absolute http://, https:// or socks5:// URI, such as socks5://agent.internal:1080",
                "use agent.username and agent.password");
        if (problem.isPresent()) {
            return problem;
        }
        String path = uri.getRawPath();
        if ((path != null && !path.isEmpty() && !path.equals("/")) || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return Optional.of("must name only the agent's host and port, without a path, query or fragment");
        }
        return Optional.empty();
    }

    /** Whether a valid URI sends data unencrypted to another machine (loopback, as in tests, is fine). */
    static boolean isPlainHttpToRemoteHost(String value) {
        URI uri = parse(value);
        if (uri == null || uri.getScheme() == null || !uri.getScheme().equalsIgnoreCase("http") || uri.getHost() == null) {
            return false;
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.equals("localhost") || host.endsWith(".localhost")) {
            return false;
        }
        return !isLoopbackLiteral(host);
    }

    private static boolean isLoopbackLiteral(String host) {
        String literal = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (!literal.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            return false; // a name: never resolve it during validation
        }
        try {
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    private static Optional<String> absolute(URI uri, Set<String> schemes, String expected, String credentialsHint) {
        if (uri == null || uri.getScheme() == null || !schemes.contains(uri.getScheme().toLowerCase(Locale.ROOT))
                || uri.isOpaque()) {
            return Optional.of("must be " + expected);
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not contain a user name or password; " + credentialsHint);
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return Optional.of("must be " + expected + " (a valid host name is missing)");
        }
        return Optional.empty();
    }

    private static URI parse(String value) {
        if (value == null || value.isBlank() || !value.strip().equals(value)) {
            return null;
        }
        try {
            return new URI(value);
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
