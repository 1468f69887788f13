package com.commerceconnectors.core.auth.oauth1;

import com.commerceconnectors.connection.SignatureMethod;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * HMAC-SHA1, HMAC-SHA256 and HMAC-SHA512 (RFC 5849 §3.4.2) over the key {@code enc(consumerSecret)&enc(tokenSecret)}.
 * <p>
 * A {@link Mac} is not thread-safe, so each signature is made with one taken from a {@link MacPool} of clones of a
 * prototype initialised here. Measured ({@code JcaInstanceStrategyBenchmark}), a clone costs about a tenth of the MAC
 * of a typical base string and {@code Mac.getInstance} plus {@code init} a half; reusing a finished {@code Mac}
 * costs nothing, and unlike a {@link ThreadLocal} the pool leaves no key material behind in pooled threads once the
 * policy is gone.
 */
final class HmacSignatureAlgorithm implements SignatureAlgorithm {

    private final SignatureMethod method;
    private final MacPool macs;

    HmacSignatureAlgorithm(SignatureMethod method, String key) {
        this.method = method;
        String jcaName = switch (method) {
            case HMAC_SHA1 -> "HmacSHA1";
            case HMAC_SHA256 -> "HmacSHA256";
            case HMAC_SHA512 -> "HmacSHA512";
            default -> throw new IllegalArgumentException(method + " is not an HMAC method");
        };
        try {
            Mac mac = Mac.getInstance(jcaName);
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), jcaName));
            mac.clone(); // fail now, not on the first request, if this JVM's provider cannot clone
            this.macs = new MacPool(mac);
        } catch (GeneralSecurityException | CloneNotSupportedException e) {
            throw new IllegalStateException("this Java runtime cannot compute " + method + " (" + jcaName + ")", e);
        }
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
        Mac mac = macs.take();
        mac.update(baseString, offset, length);
        byte[] digest = mac.doFinal();
        macs.giveBack(mac);
        return Base64.getEncoder().encodeToString(digest);
    }

    @Override
    public String toString() {
        return "HmacSignatureAlgorithm[" + method + "]";
    }
}
