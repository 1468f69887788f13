package com.commerceconnectors.connection;

import java.util.Objects;

/**
 * {@code {type: oauth1, …}}: OAuth 1.0a. The secrets are required for HMAC-* and PLAINTEXT; {@code privateKey}
 * (PEM) is required for RSA-*, and then the two secrets are not used. Absent values are {@code null}.
 */
public record OAuth1Auth(
        SignatureMethod signatureMethod,
        String consumerKey,
        Secret consumerSecret,
        Secret accessToken,
        Secret accessTokenSecret,
        Secret privateKey,
        String realm) implements Auth {

    public OAuth1Auth {
        Objects.requireNonNull(signatureMethod, "signatureMethod");
        Objects.requireNonNull(consumerKey, "consumerKey");
        Objects.requireNonNull(accessToken, "accessToken");
    }

    @Override
    public String type() {
        return "oauth1";
    }
}
