package com.commerceconnectors.commercelayer.auth;

import com.commerceconnectors.core.error.ApiException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The organization's API address from its token, for connections without a {@code baseUri} (as commercelayer-js-auth's
 * {@code getCoreApiBaseEndpoint}): when the issuer's host starts with {@code auth.} that label becomes the
 * organization's slug, keeping scheme, port and path ({@code https://auth.commercelayer.io} →
 * {@code https://acme.commercelayer.io}); otherwise {@code https://<slug>.commercelayer.io}.
 */
public final class ApiBaseUri {

    /** A DNS label: what a slug must be to become a host name. */
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    private ApiBaseUri() {
    }

    /**
     * @throws ApiException CONFIGURATION when the token names no usable organization slug (a token that is not a
     *                      Commerce Layer JWT, or one from another server): then baseUri must be set
     */
    public static URI fromClaims(TokenClaims claims) {
        String slug = claims.organizationSlug().map(s -> s.toLowerCase(Locale.ROOT))
                .filter(s -> LABEL.matcher(s).matches())
                .orElseThrow(() -> ApiException.configuration(
                        "The access token names no organization slug, so the API address cannot be derived from it",
                        "Set the connection's baseUri to https://<your organization>.commercelayer.io"));
        Optional<URI> issuer = claims.issuer().flatMap(ApiBaseUri::parse);
        if (issuer.isPresent() && issuer.get().getHost() != null
                && issuer.get().getHost().toLowerCase(Locale.ROOT).startsWith("auth.")) {
            URI iss = issuer.get();
            String host = slug + iss.getHost().substring("auth".length());
            String path = iss.getRawPath() == null ? "" : iss.getRawPath();
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            try {
                return new URI(iss.getScheme() + "://" + host + (iss.getPort() >= 0 ? ":" + iss.getPort() : "") + path);
            } catch (URISyntaxException e) {
                // the slug is a DNS label and the rest came from a valid URI: fall through to the global domain
            }
        }
        return URI.create("https://" + slug + ".commercelayer.io");
    }

    private static Optional<URI> parse(String s) {
        try {
            URI uri = new URI(s);
            return uri.isAbsolute() && ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
