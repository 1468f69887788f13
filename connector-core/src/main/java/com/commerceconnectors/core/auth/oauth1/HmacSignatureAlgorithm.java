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
 * A {@link Mac} is not thread-safe, so each signature is made with a clone of one prototype initialised here. Measured
 * ({@code JcaInstanceStrategyBenchmark}), cloning costs the same as a per-thread {@code Mac} and a third less than
 * {@code Mac.getInstance} plus {@code init}; unlike a {@link ThreadLocal} it leaves no key material behind in pooled
 * threads once the policy is gone.
 */
final class HmacSignatureAlgorithm implements SignatureAlgorithm {

    private final SignatureMethod method;
    private final Mac prototype;

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
            this.prototype = mac;
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
        Mac mac;
        try {
            mac = (Mac) prototype.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("cloning a " + method + " Mac failed although it worked before", e);
        }
        return Base64.getEncoder().encodeToString(mac.doFinal(baseString.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return "HmacSignatureAlgorithm[" + method + "]";
    }
}
