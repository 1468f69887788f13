package com.commerceconnectors.core.auth;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class JwtClaimsTest {

    @Test
    void readsExpFromAJws() {
        Instant exp = Instant.parse("2026-05-04T11:00:00Z");
        assertThat(JwtClaims.expiry(RequestAuthTest.jwt(exp, 1))).contains(exp);
    }

    @Test
    void readsPaddedPayloadsAndStringExp() {
        String payload = Base64.getUrlEncoder().encodeToString("{\"exp\":\"1700000000\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(JwtClaims.expiry("e30." + payload + ".sig")).contains(Instant.ofEpochSecond(1_700_000_000L));
    }

    @Test
    void ignoresOpaqueAndBrokenTokens() {
        assertThat(JwtClaims.expiry("5r8cvmpr11j6gmau8990rcj2qk7unh8i")).isEmpty();
        assertThat(JwtClaims.expiry("a.b.c")).isEmpty();
        assertThat(JwtClaims.expiry("a.%%%.c")).isEmpty();
        assertThat(JwtClaims.expiry("e30.e30.sig")).isEmpty();
        assertThat(JwtClaims.expiry(null)).isEmpty();
    }
}
