package com.commerceconnectors.core.auth.oauth1;

import com.commerceconnectors.connection.SignatureMethod;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;

/**
 * RSA-SHA1, RSA-SHA256 and RSA-SHA512: RSASSA-PKCS1-v1_5 (RFC 5849 §3.4.3) with the client's private key, parsed
 * once. A {@link Signature} is neither thread-safe nor cloneable, so each signature gets a new one: measured
 * ({@code JcaInstanceStrategyBenchmark}), that costs about 3% more than a per-thread instance, which would keep the key
 * in pooled threads.
 */
final class RsaSignatureAlgorithm implements SignatureAlgorithm {

    private final SignatureMethod method;
    private final String jcaName;
    private final PrivateKey key;

    /**
     * @throws GeneralSecurityException when this key cannot sign with this method (e.g. too short for SHA-512)
     */
    RsaSignatureAlgorithm(SignatureMethod method, PrivateKey key) throws GeneralSecurityException {
        this.method = method;
        this.key = key;
        this.jcaName = switch (method) {
            case RSA_SHA1 -> "SHA1withRSA";
            case RSA_SHA256 -> "SHA256withRSA";
            case RSA_SHA512 -> "SHA512withRSA";
            default -> throw new IllegalArgumentException(method + " is not an RSA method");
        };
        // one trial signature, so an unusable key is a configuration error now rather than a failure per request
        signBytes(new byte[] {0}, 0, 1);
    }

    @Override
    public SignatureMethod method() {
        return method;
    }

    @Override
    public String sign(String baseString) {
        byte[] bytes = baseString.getBytes(StandardCharsets.UTF_8);
        return sign(bytes, 0, bytes.length);
    }

    @Override
    public String sign(byte[] baseString, int offset, int length) {
        try {
            return Base64.getEncoder().encodeToString(signBytes(baseString, offset, length));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(method + " signing failed although the key signed before", e);
        }
    }

    private byte[] signBytes(byte[] data, int offset, int length) throws GeneralSecurityException {
        Signature signature = Signature.getInstance(jcaName);
        signature.initSign(key);
        signature.update(data, offset, length);
        return signature.sign();
    }

    @Override
    public String toString() {
        return "RsaSignatureAlgorithm[" + method + "]";
    }
}
