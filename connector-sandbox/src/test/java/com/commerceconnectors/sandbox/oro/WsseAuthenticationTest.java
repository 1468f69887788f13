package com.commerceconnectors.sandbox.oro;

import com.commerceconnectors.sandbox.oro.auth.WsseDigest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** WSSE on the back-office API, over HTTP, judged by the sandbox clock. */
class WsseAuthenticationTest extends OroFixture {

    private static final String CHALLENGE = "WSSE realm=\"Secured API\", profile=\"UsernameToken\"";

    @Test
    void digestMatchesTheIndependentlyComputedVector() {
        assertThat(WsseDigest.compute("OWRmNWEwZWZiMTcyMTRkNQ==", "2014-12-09T21:29:18+02:00",
                "dd1c18d06773cc377c9df6166c54c6e5fefa50fa")).isEqualTo("ElC1i5kl9Jf7Xz6kqcPnT95241o=");
    }

    @Test
    void theVectorsHeaderIsAcceptedOverHttpAtItsOwnCreatedTime() {
        oro.apiUsers().put("vector", 1, "dd1c18d06773cc377c9df6166c54c6e5fefa50fa");
        clock.set(Instant.parse("2014-12-09T19:29:18Z"));
        OroHttp.Auth vector = request -> request.header("Authorization", "WSSE profile=\"UsernameToken\"")
                .header("X-WSSE", "UsernameToken Username=\"vector\", PasswordDigest=\"ElC1i5kl9Jf7Xz6kqcPnT95241o=\", "
                        + "Nonce=\"OWRmNWEwZWZiMTcyMTRkNQ==\", Created=\"2014-12-09T21:29:18+02:00\"");

        assertThat(http.get("/admin/api/userprofile", vector).status()).isEqualTo(200);
        assertEmptyWsse401(http.get("/admin/api/userprofile", vector));
    }

    @Test
    void aHeaderMissingOneFieldIsNoCredentialAtAll() {
        OroHttp.Auth noNonce = request -> request.header("X-WSSE", "UsernameToken Username=\"admin\", "
                + "PasswordDigest=\"ElC1i5kl9Jf7Xz6kqcPnT95241o=\", Created=\"" + clock.instant() + "\"");

        assertEmptyWsse401(http.get("/admin/api/users/1", noNonce));
    }

    @Test
    void acceptsAFreshTokenOfTheAdmin() {
        OroHttp.Reply reply = http.get("/admin/api/users/1", http.admin());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).isEqualTo("application/vnd.api+json");
        assertThat(reply.json().at("/data/attributes/username").asText()).isEqualTo("admin");
    }

    @Test
    void acceptsACreatedWithAnOffsetAsSentCharacterForCharacter() {
        String created = "2025-06-02T10:00:00+02:00"; // the same instant as START
        OroHttp.Reply reply = http.get("/admin/api/users/1",
                http.wsseRaw(OroSandbox.ADMIN_USERNAME, OroSandbox.ADMIN_API_KEY, http.nonce(), created));

        assertThat(reply.status()).isEqualTo(200);
    }

    @Test
    void refusesAReplayedNonceWithinTheLifetime() {
        String nonce = http.nonce();
        Instant created = clock.instant();
        assertThat(http.get("/admin/api/users/1", http.wsse("admin", OroSandbox.ADMIN_API_KEY, nonce, created))
                .status()).isEqualTo(200);
        clock.advance(Duration.ofSeconds(30));

        OroHttp.Reply replay = http.get("/admin/api/users/1",
                http.wsse("admin", OroSandbox.ADMIN_API_KEY, nonce, created));

        assertEmptyWsse401(replay);
    }

    @Test
    void refusesACreatedOneSecondInTheFuture() {
        OroHttp.Reply reply = http.get("/admin/api/users/1", http.wsse("admin", OroSandbox.ADMIN_API_KEY,
                http.nonce(), clock.instant().plusSeconds(1)));

        assertEmptyWsse401(reply);
    }

    @Test
    void refusesACreatedOlderThanTheLifetimeAndAcceptsOneJustWithinIt() {
        Instant now = clock.instant();
        assertEmptyWsse401(http.get("/admin/api/users/1",
                http.wsse("admin", OroSandbox.ADMIN_API_KEY, http.nonce(), now.minusSeconds(3601))));
        assertThat(http.get("/admin/api/users/1",
                http.wsse("admin", OroSandbox.ADMIN_API_KEY, http.nonce(), now.minusSeconds(3600))).status())
                .isEqualTo(200);
    }

    @Test
    void lifetimeComesFromTheSettings() {
        oro.settings().wsseLifetime(Duration.ofSeconds(300));

        assertEmptyWsse401(http.get("/admin/api/users/1",
                http.wsse("admin", OroSandbox.ADMIN_API_KEY, http.nonce(), clock.instant().minusSeconds(301))));
    }

    @Test
    void refusesAWrongKeyAnUnknownUserAndAMalformedCreated() {
        assertEmptyWsse401(http.get("/admin/api/users/1", http.wsse("admin", "0".repeat(40))));
        assertEmptyWsse401(http.get("/admin/api/users/1", http.wsse("nobody", OroSandbox.ADMIN_API_KEY)));
        assertEmptyWsse401(http.get("/admin/api/users/1",
                http.wsseRaw("admin", OroSandbox.ADMIN_API_KEY, http.nonce(), "02.06.2025 08:00:00")));
        assertEmptyWsse401(http.get("/admin/api/users/1", OroHttp.Auth.none()));
    }

    @Test
    void everyFailureIsTheSameEmptyAnswer() {
        OroHttp.Reply wrongKey = http.get("/admin/api/users/1", http.wsse("admin", "0".repeat(40)));
        OroHttp.Reply future = http.get("/admin/api/users/1", http.wsse("admin", OroSandbox.ADMIN_API_KEY,
                http.nonce(), clock.instant().plusSeconds(60)));
        OroHttp.Reply expired = http.get("/admin/api/users/1", http.wsse("admin", OroSandbox.ADMIN_API_KEY,
                http.nonce(), clock.instant().minusSeconds(7200)));

        for (OroHttp.Reply reply : new OroHttp.Reply[] {future, expired}) {
            assertThat(reply.status()).isEqualTo(wrongKey.status());
            assertThat(reply.body()).isEqualTo(wrongKey.body());
            assertThat(reply.header("WWW-Authenticate")).isEqualTo(wrongKey.header("WWW-Authenticate"));
            assertThat(reply.header("Content-Type")).isEqualTo(wrongKey.header("Content-Type"));
        }
    }

    @Test
    void aNonceIsSpentEvenWhenTheDigestWasWrong() {
        String nonce = http.nonce();
        Instant created = clock.instant();
        assertEmptyWsse401(http.get("/admin/api/users/1", http.wsse("admin", "0".repeat(40), nonce, created)));

        assertEmptyWsse401(http.get("/admin/api/users/1",
                http.wsse("admin", OroSandbox.ADMIN_API_KEY, nonce, created)));
    }

    @Test
    void nonceMemoryIsBoundedByTheLifetime() {
        for (int i = 0; i < 5; i++) {
            assertThat(http.get("/admin/api/users/1", http.admin()).status()).isEqualTo(200);
        }
        assertThat(oro.rememberedNonces()).isEqualTo(5);
        clock.advance(Duration.ofSeconds(3601));

        assertThat(http.get("/admin/api/users/1", http.admin()).status()).isEqualTo(200);

        assertThat(oro.rememberedNonces()).isEqualTo(1);
    }

    @Test
    void aDisabledUserOrARemovedKeyIsRefused() {
        oro.apiUsers().removeKey("admin");

        assertEmptyWsse401(http.get("/admin/api/users/1", http.admin()));
    }

    @Test
    void wsseIsNotAcceptedByTheStorefront() {
        oro.seedProducts(1);

        OroHttp.Reply reply = http.get("/api/products", http.admin());

        assertThat(reply.status()).isEqualTo(401);
    }

    @Test
    void theRequestLogKeepsNoCredential() {
        http.get("/admin/api/users/1", http.admin());

        String logged = oro.requests().last().orElseThrow().toString();
        assertThat(logged).doesNotContain(OroSandbox.ADMIN_API_KEY).contains("/admin/api/users/1");
        assertThat(oro.requests().last().orElseThrow().header("X-WSSE").orElseThrow())
                .doesNotContain("PasswordDigest").startsWith("UsernameToken sha256:");
    }

    private static void assertEmptyWsse401(OroHttp.Reply reply) {
        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.body()).isEmpty();
        assertThat(reply.header("WWW-Authenticate")).isEqualTo(CHALLENGE);
    }
}
