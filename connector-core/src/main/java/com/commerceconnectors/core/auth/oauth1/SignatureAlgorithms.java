package com.commerceconnectors.core.auth.oauth1;

import com.commerceconnectors.connection.OAuth1Auth;
import com.commerceconnectors.connection.Secret;
import com.commerceconnectors.connection.SignatureMethod;
import com.commerceconnectors.core.error.ApiException;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.util.Objects;

/** Makes the {@link SignatureAlgorithm} for a method and its key; the key is prepared here, once. */
public final class SignatureAlgorithms {

    private SignatureAlgorithms() {
    }

    /**
     * The algorithm a connection's {@code oauth1} auth asks for: HMAC-* and PLAINTEXT from the two secrets, RSA-* from
     * the PEM private key, decrypted with {@code privateKeyPassphrase} when it is encrypted.
     *
     * @throws ApiException (CONFIGURATION) when a secret or the key the method needs is missing or unusable
     */
    public static SignatureAlgorithm forAuth(OAuth1Auth auth) {
        SignatureMethod method = auth.signatureMethod();
        if (method.isRsa()) {
            return rsa(method, PemPrivateKeyReader.readRsa(auth.privateKey(), auth.privateKeyPassphrase()));
        }
        Secret consumerSecret = required(auth.consumerSecret(), "auth.consumerSecret", method);
        Secret tokenSecret = required(auth.accessTokenSecret(), "auth.accessTokenSecret", method);
        return method == SignatureMethod.PLAINTEXT ? plaintext(consumerSecret, tokenSecret)
                : hmac(method, consumerSecret, tokenSecret);
    }

    /**
     * HMAC-SHA1, -SHA256 or -SHA512 with the key {@code enc(consumerSecret)&enc(tokenSecret)}.
     *
     * @param tokenSecret {@code null} when there is no token yet (the temporary-credentials request)
     */
    public static SignatureAlgorithm hmac(SignatureMethod method, Secret consumerSecret, Secret tokenSecret) {
        if (!method.id().startsWith("HMAC-")) {
            throw ApiException.configuration(method + " is not an HMAC signature method",
                    "Use HMAC-SHA1, HMAC-SHA256 or HMAC-SHA512");
        }
        try {
            return new HmacSignatureAlgorithm(method, key(consumerSecret, tokenSecret));
        } catch (IllegalStateException e) {
            throw ApiException.configuration("This Java runtime cannot compute " + method + " signatures",
                    "Use a Java runtime with the standard JCA providers");
        }
    }

    /**
     * RSA-SHA1, -SHA256 or -SHA512 with this private key.
     *
     * @throws ApiException (CONFIGURATION) when the key cannot sign with this method
     */
    public static SignatureAlgorithm rsa(SignatureMethod method, PrivateKey key) {
        Objects.requireNonNull(key, "key");
        if (!method.isRsa()) {
            throw ApiException.configuration(method + " is not an RSA signature method",
                    "Use RSA-SHA1, RSA-SHA256 or RSA-SHA512");
        }
        try {
            return new RsaSignatureAlgorithm(method, key);
        } catch (GeneralSecurityException e) {
            throw ApiException.configuration("auth.privateKey cannot make " + method + " signatures ("
                            + e.getClass().getSimpleName() + ")",
                    "Use an RSA key of at least 2048 bits");
        }
    }

    /** PLAINTEXT: the signature is the key {@code enc(consumerSecret)&enc(tokenSecret)}. */
    public static SignatureAlgorithm plaintext(Secret consumerSecret, Secret tokenSecret) {
        return new PlaintextSignatureAlgorithm(key(consumerSecret, tokenSecret));
    }

    /** RFC 5849 §3.4.2: both secrets encoded, joined by {@code &} even when the token secret is empty. */
    static String key(Secret consumerSecret, Secret tokenSecret) {
        Objects.requireNonNull(consumerSecret, "consumerSecret");
        return PercentEncoding.encode(consumerSecret.reveal()) + '&'
                + (tokenSecret == null ? "" : PercentEncoding.encode(tokenSecret.reveal()));
    }

    private static Secret required(Secret secret, String field, SignatureMethod method) {
        if (secret == null) {
            throw ApiException.configuration(field + " is required for " + method,
                    "Copy it from the platform's integration page (Magento: System > Integrations > Edit > Integration Details)");
        }
        return secret;
    }
}
