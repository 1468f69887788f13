package com.commerceconnectors.sandbox.commercelayer.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Signs and checks the sandbox's access tokens: compact JWS with HS256 under a key made when the sandbox starts
 * (Commerce Layer signs with RS512; the algorithm is the sandbox's own, the claims are Commerce Layer's). A token
 * with another {@code alg} (including {@code none}), a bad signature or unreadable parts is rejected.
 */
final class JwtSigner {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final String ALGORITHM = "HS256";
    private static final String HEADER = ENCODER.encodeToString(
            "{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"sandbox\"}".getBytes(StandardCharsets.UTF_8));

    private final byte[] key;

    JwtSigner() {
        this.key = new byte[32];
        new SecureRandom().nextBytes(key);
    }

    String sign(ObjectNode claims) {
        String signingInput = HEADER + "." + ENCODER.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
        return signingInput + "." + ENCODER.encodeToString(hmac(signingInput));
    }

    /** The claims of a token this signer made, untouched; empty otherwise. Expiry is the caller's business. */
    Optional<ObjectNode> verify(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            JsonNode header = JSON.readTree(DECODER.decode(parts[0]));
            if (header == null || !ALGORITHM.equals(header.path("alg").asText())) {
                return Optional.empty();
            }
            if (!MessageDigest.isEqual(DECODER.decode(parts[2]), hmac(parts[0] + "." + parts[1]))) {
                return Optional.empty();
            }
            JsonNode claims = JSON.readTree(DECODER.decode(parts[1]));
            return claims instanceof ObjectNode ? Optional.of((ObjectNode) claims) : Optional.empty();
        } catch (IllegalArgumentException | IOException e) {
            return Optional.empty();
        }
    }

    private byte[] hmac(String input) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(input.getBytes(StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}
