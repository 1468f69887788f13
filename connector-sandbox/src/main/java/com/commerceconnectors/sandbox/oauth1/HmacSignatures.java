package com.commerceconnectors.sandbox.oauth1;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

/** RFC 5849 §3.4.2 (and its SHA-2 variants): base64 of the HMAC of the base string under the shared key. */
final class HmacSignatures {

    private HmacSignatures() {
    }

    static String sign(String jcaAlgorithm, String baseString, String sharedKey) {
        try {
            Mac mac = Mac.getInstance(jcaAlgorithm);
            mac.init(new SecretKeySpec(sharedKey.getBytes(StandardCharsets.UTF_8), jcaAlgorithm));
            return Base64.getEncoder().encodeToString(mac.doFinal(baseString.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has " + jcaAlgorithm, e);
        }
    }
}
