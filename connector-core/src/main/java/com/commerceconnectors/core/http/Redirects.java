package com.commerceconnectors.core.http;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/** Which answers are redirects we follow, and where to. */
final class Redirects {

    private Redirects() {
    }

    static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /** Only reads are followed: a redirected write might be replayed somewhere it should not go. */
    static boolean isFollowable(ApiRequest request) {
        return request.method() == HttpMethod.GET || request.method() == HttpMethod.HEAD;
    }

    /** The absolute http(s) target of the answer's {@code Location}, if it has a usable one. */
    static Optional<URI> target(URI from, ApiResponse response) {
        return response.header("Location").flatMap(location -> {
            try {
                URI next = from.resolve(location.strip());
                String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
                return next.getHost() != null && (scheme.equals("http") || scheme.equals("https"))
                        ? Optional.of(next) : Optional.empty();
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        });
    }

    /** Same scheme, host and port: the only place credentials may be sent again. */
    static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
