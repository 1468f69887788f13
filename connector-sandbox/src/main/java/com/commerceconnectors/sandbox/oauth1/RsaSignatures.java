package com.commerceconnectors.sandbox.oauth1;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;

/** RFC 5849 §3.4.3 (and its SHA-2 variants): RSASSA-PKCS1-v1_5 over the base string, checked with a public key. */
final class RsaSignatures {

    private RsaSignatures() {
    }

    static boolean verify(String jcaAlgorithm, String baseString, String base64Signature, PublicKey key) {
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(base64Signature);
        } catch (IllegalArgumentException e) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(jcaAlgorithm);
            verifier.initVerify(key);
            verifier.update(baseString.getBytes(StandardCharsets.UTF_8));
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            // A key of the wrong kind or a malformed signature block: the signature does not verify.
            return false;
        }
    }
}
