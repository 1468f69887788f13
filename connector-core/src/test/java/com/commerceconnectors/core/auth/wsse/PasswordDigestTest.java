package com.commerceconnectors.core.auth.wsse;

import com.commerceconnectors.connection.Secret;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordDigestTest {

    @Test
    void matchesTheResearchVector() {
        byte[] nonce = Base64.getDecoder().decode("OWRmNWEwZWZiMTcyMTRkNQ==");
        String digest = PasswordDigest.of(nonce, "2014-12-09T21:29:18+02:00",
                Secret.of("dd1c18d06773cc377c9df6166c54c6e5fefa50fa"));
        assertThat(digest).isEqualTo("ElC1i5kl9Jf7Xz6kqcPnT95241o=");
    }

    @Test
    void agreesWithTheIndependentVerifierAndDependsOnEveryInput() {
        byte[] nonce = {0, -1, 2, -3, 4, -5, 6, -7, 8, -9, 10, -11, 12, -13, 14, -15};
        String created = "2026-05-04T09:59:55+00:00";
        String digest = PasswordDigest.of(nonce, created, Secret.of("key-1"));
        assertThat(digest).isEqualTo(OroWsseVerifier.digest(nonce, created, "key-1"));
        assertThat(PasswordDigest.of(nonce, created, Secret.of("key-2"))).isNotEqualTo(digest);
        assertThat(PasswordDigest.of(nonce, "2026-05-04T09:59:56+00:00", Secret.of("key-1"))).isNotEqualTo(digest);
        nonce[0] = 1;
        assertThat(PasswordDigest.of(nonce, created, Secret.of("key-1"))).isNotEqualTo(digest);
    }

    @Test
    void writesCreatedAsPhpDateAtomInUtc() {
        assertThat(CreatedTimestamp.format(Instant.parse("2014-12-09T21:29:18Z"))).isEqualTo("2014-12-09T21:29:18+00:00");
    }
}
