package com.commerceconnectors.sandbox.magento.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

/** HS256 JSON Web Tokens shaped like Magento 2.4.4+'s admin and customer tokens. */
final class JwtCodec {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final String HEADER = ENCODER.encodeToString(
            "{\"kid\":\"1\",\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8));

    private final byte[] key;

    JwtCodec(byte[] key) {
        this.key = key.clone();
    }

    String sign(JwtClaims claims) {
        String payload = "{\"uid\":" + claims.uid() + ",\"utypid\":" + claims.utypid() + ",\"iat\":" + claims.iat()
                + ",\"exp\":" + claims.exp() + "}";
        String signingInput = HEADER + "." + ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return signingInput + "." + ENCODER.encodeToString(hmac(signingInput));
    }

    /** The claims of a token this codec signed; empty when the token is malformed or its signature is wrong. */
    Optional<JwtClaims> verify(String token) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            JsonNode header = MAPPER.readTree(DECODER.decode(parts[0]));
            if (header == null || !"HS256".equals(header.path("alg").asText())) {
                return Optional.empty();
            }
            byte[] signature = DECODER.decode(parts[2]);
            if (!MessageDigest.isEqual(signature, hmac(parts[0] + "." + parts[1]))) {
                return Optional.empty();
            }
            JsonNode claims = MAPPER.readTree(DECODER.decode(parts[1]));
            if (claims == null || !claims.path("uid").canConvertToLong() || !claims.path("exp").canConvertToLong()) {
                return Optional.empty();
            }
            return Optional.of(new JwtClaims(claims.path("uid").asLong(), claims.path("utypid").asInt(),
                    claims.path("iat").asLong(), claims.path("exp").asLong()));
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
