package com.commerceconnectors.connection;

import java.util.Objects;

/**
 * {@code {type: oauth1, …}}: OAuth 1.0a. The secrets are required for HMAC-* and PLAINTEXT; {@code privateKey}
 * (PEM) is required for RSA-*, and then the two secrets are not used. {@code privateKeyPassphrase} opens an encrypted
 * {@code privateKey}. Absent values are {@code null}.
 */
public record OAuth1Auth(
        SignatureMethod signatureMethod,
        String consumerKey,
        Secret consumerSecret,
        Secret accessToken,
        Secret accessTokenSecret,
        Secret privateKey,
        Secret privateKeyPassphrase,
        String realm) implements Auth {

    public OAuth1Auth {
        Objects.requireNonNull(signatureMethod, "signatureMethod");
        Objects.requireNonNull(consumerKey, "consumerKey");
        Objects.requireNonNull(accessToken, "accessToken");
    }

    /** Without a passphrase: for HMAC-*, PLAINTEXT, and RSA-* with an unencrypted key. */
    public OAuth1Auth(SignatureMethod signatureMethod, String consumerKey, Secret consumerSecret, Secret accessToken,
                      Secret accessTokenSecret, Secret privateKey, String realm) {
        this(signatureMethod, consumerKey, consumerSecret, accessToken, accessTokenSecret, privateKey, null, realm);
    }

    @Override
    public String type() {
        return "oauth1";
    }
}
