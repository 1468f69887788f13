package com.commerceconnectors.core.auth.oauth2;

import java.net.URI;
import java.util.Objects;

/**
 * Where a platform's OAuth2 server takes token and revocation requests: a connector's defaults, e.g. Oro's
 * {@code <app>/oauth2-token} or Commerce Layer's {@code https://auth.commercelayer.io/oauth/token}.
 *
 * @param tokenUri  the token endpoint; a document's {@code auth.tokenUri} wins over it
 * @param revokeUri the revocation endpoint; {@code null} when the platform has none
 */
public record OAuth2Endpoints(URI tokenUri, URI revokeUri) {

    public OAuth2Endpoints {
        Objects.requireNonNull(tokenUri, "tokenUri");
    }

    /** A platform without token revocation. */
    public static OAuth2Endpoints tokenOnly(URI tokenUri) {
        return new OAuth2Endpoints(tokenUri, null);
    }
}
