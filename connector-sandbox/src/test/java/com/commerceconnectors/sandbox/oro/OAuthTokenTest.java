package com.commerceconnectors.sandbox.oro;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

/** The OAuth server at {@code /oauth2-token} and bearer tokens on both APIs, expiry by the sandbox clock. */
class OAuthTokenTest extends OroFixture {

    @Test
    void clientCredentialsGiveAJwtThatExpiresPerTheSandboxClock() throws Exception {
        OroHttp.Reply reply = http.token("{\"grant_type\":\"client_credentials\",\"client_id\":\""
                + OroSandbox.BACKOFFICE_CLIENT_ID + "\",\"client_secret\":\"" + OroSandbox.BACKOFFICE_CLIENT_SECRET
                + "\"}");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(body.path("token_type").asText()).isEqualTo("Bearer");
        assertThat(body.path("expires_in").asInt()).isEqualTo(3600);
        assertThat(body.has("refresh_token")).isFalse();
        String token = body.path("access_token").asText();
        JsonNode claims = claims(token);
        assertThat(claims.path("exp").asLong()).isEqualTo(START.getEpochSecond() + 3600);
        assertThat(claims.path("aud").asText()).isEqualTo(OroSandbox.BACKOFFICE_CLIENT_ID);

        assertThat(http.get("/admin/api/users/1", OroHttp.Auth.bearer(token)).status()).isEqualTo(200);
        clock.advance(Duration.ofSeconds(3599));
        assertThat(http.get("/admin/api/users/1", OroHttp.Auth.bearer(token)).status()).isEqualTo(200);
        clock.advance(Duration.ofSeconds(1));
        OroHttp.Reply expired = http.get("/admin/api/users/1", OroHttp.Auth.bearer(token));
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(expired.json().at("/errors/0/status").asText()).isEqualTo("401");
    }

    @Test
    void userProfileIsTheUserBehindTheCredentials() {
        OroHttp.Reply viaToken = http.get("/admin/api/userprofile", OroHttp.Auth.bearer(http.clientCredentialsToken()));
        OroHttp.Reply viaWsse = http.get("/admin/api/userprofile", http.admin());

        assertThat(viaToken.status()).isEqualTo(200);
        assertThat(viaToken.json().at("/data/type").asText()).isEqualTo("users");
        assertThat(viaToken.json().at("/data/attributes/username").asText()).isEqualTo(OroSandbox.ADMIN_USERNAME);
        assertThat(viaWsse.json().at("/data/id").asText()).isEqualTo("1");
    }

    @Test
    void tokenLifetimeComesFromTheSettings() {
        oro.settings().accessTokenLifetime(Duration.ofMinutes(5));

        OroHttp.Reply reply = http.token("{\"grant_type\":\"client_credentials\",\"client_id\":\""
                + OroSandbox.BACKOFFICE_CLIENT_ID + "\",\"client_secret\":\"" + OroSandbox.BACKOFFICE_CLIENT_SECRET
                + "\"}");

        assertThat(reply.json().path("expires_in").asInt()).isEqualTo(300);
    }

    @Test
    void clientCredentialsAcceptHttpBasicAndAForm() {
        String basic = Base64.getEncoder().encodeToString((OroSandbox.BACKOFFICE_CLIENT_ID + ":"
                + OroSandbox.BACKOFFICE_CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        OroHttp.Reply reply = http.execute(HttpRequest.newBuilder(URI.create(http.root() + "/oauth2-token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("access_token").asText()).contains(".");
    }

    @Test
    void passwordGrantGivesARefreshTokenThatRotates() {
        OroHttp.Reply first = http.passwordGrant(OroSandbox.CUSTOMER_EMAIL, OroSandbox.CUSTOMER_PASSWORD);
        assertThat(first.status()).isEqualTo(200);
        String access = first.json().path("access_token").asText();
        String refresh = first.json().path("refresh_token").asText();
        assertThat(refresh).isNotEmpty();
        assertThat(http.get("/api/customerusers/1", OroHttp.Auth.bearer(access)).status()).isEqualTo(200);

        OroHttp.Reply refreshed = http.token(refreshBody(refresh));

        assertThat(refreshed.status()).isEqualTo(200);
        String newAccess = refreshed.json().path("access_token").asText();
        String newRefresh = refreshed.json().path("refresh_token").asText();
        assertThat(newAccess).isNotEqualTo(access);
        assertThat(newRefresh).isNotEqualTo(refresh);
        assertThat(http.get("/api/customerusers/1", OroHttp.Auth.bearer(newAccess)).status()).isEqualTo(200);
        assertThat(http.get("/api/customerusers/1", OroHttp.Auth.bearer(access)).status())
                .as("the replaced access token is revoked").isEqualTo(401);
        OroHttp.Reply reused = http.token(refreshBody(refresh));
        assertThat(reused.status()).isEqualTo(401);
        assertThat(reused.json().path("error").asText()).isEqualTo("invalid_request");
        assertThat(reused.json().path("hint").asText()).isEqualTo("Token has been revoked");
    }

    @Test
    void anExpiredRefreshTokenIsRefused() {
        oro.settings().refreshTokenLifetime(Duration.ofDays(1));
        String refresh = http.passwordGrant(OroSandbox.CUSTOMER_EMAIL, OroSandbox.CUSTOMER_PASSWORD).json()
                .path("refresh_token").asText();
        clock.advance(Duration.ofDays(1));

        OroHttp.Reply reply = http.token(refreshBody(refresh));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json().path("hint").asText()).isEqualTo("Token has expired");
    }

    @Test
    void guestGetsAStorefrontToken() {
        OroHttp.Reply reply = http.passwordGrant("guest", "guest");
        assertThat(reply.status()).isEqualTo(200);

        oro.settings().guestStorefrontApi(false);

        assertThat(http.passwordGrant("guest", "guest").status()).isEqualTo(400);
    }

    @Test
    void tokensOfOneFrontEndAreRefusedByTheOther() {
        oro.seedProducts(1);
        String backOffice = http.clientCredentialsToken();
        String storefront = http.passwordGrant(OroSandbox.CUSTOMER_EMAIL, OroSandbox.CUSTOMER_PASSWORD).json()
                .path("access_token").asText();

        assertThat(http.get("/admin/api/products/1", OroHttp.Auth.bearer(backOffice)).status()).isEqualTo(200);
        assertThat(http.get("/api/products/1", OroHttp.Auth.bearer(storefront)).status()).isEqualTo(200);
        assertThat(http.get("/api/products/1", OroHttp.Auth.bearer(backOffice)).status()).isEqualTo(401);
        assertThat(http.get("/admin/api/products/1", OroHttp.Auth.bearer(storefront)).status()).isEqualTo(401);
    }

    @Test
    void aWrongClientIsInvalidClientAndAWrongUserInvalidGrant() {
        OroHttp.Reply badSecret = http.token("{\"grant_type\":\"client_credentials\",\"client_id\":\""
                + OroSandbox.BACKOFFICE_CLIENT_ID + "\",\"client_secret\":\"wrong\"}");
        OroHttp.Reply wrongGrant = http.token("{\"grant_type\":\"client_credentials\",\"client_id\":\""
                + OroSandbox.STOREFRONT_CLIENT_ID + "\",\"client_secret\":\"" + OroSandbox.STOREFRONT_CLIENT_SECRET
                + "\"}");
        OroHttp.Reply badUser = http.passwordGrant(OroSandbox.CUSTOMER_EMAIL, "wrong");

        assertThat(badSecret.status()).isEqualTo(401);
        assertThat(badSecret.json().path("error").asText()).isEqualTo("invalid_client");
        assertThat(badSecret.json().path("error_description").asText()).isEqualTo("Client authentication failed");
        assertThat(wrongGrant.status()).isEqualTo(401);
        assertThat(wrongGrant.json().path("error").asText()).isEqualTo("invalid_client");
        assertThat(badUser.status()).isEqualTo(400);
        assertThat(badUser.json().path("error").asText()).isEqualTo("invalid_grant");
        assertThat(oro.tokenRequests()).isEqualTo(3);
        assertThat(oro.tokensIssued()).isZero();
    }

    @Test
    void missingParametersAreNamed() {
        OroHttp.Reply noGrant = http.token("{\"client_id\":\"x\"}");
        OroHttp.Reply noUsername = http.token("{\"grant_type\":\"password\",\"client_id\":\""
                + OroSandbox.STOREFRONT_CLIENT_ID + "\",\"client_secret\":\"" + OroSandbox.STOREFRONT_CLIENT_SECRET
                + "\",\"password\":\"x\"}");

        assertThat(noGrant.status()).isEqualTo(400);
        assertThat(noGrant.json().path("error").asText()).isEqualTo("unsupported_grant_type");
        assertThat(noUsername.status()).isEqualTo(400);
        assertThat(noUsername.json().path("error").asText()).isEqualTo("invalid_request");
        assertThat(noUsername.json().path("hint").asText()).isEqualTo("Check the `username` parameter");
    }

    @Test
    void anUnknownOrForgedTokenIsRefused() {
        String token = http.clientCredentialsToken();
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"jti\":\"x\",\"exp\":9999999999}".getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertThat(http.get("/admin/api/users/1", OroHttp.Auth.bearer("not-a-token")).status()).isEqualTo(401);
        assertThat(http.get("/admin/api/users/1", OroHttp.Auth.bearer(forged)).status()).isEqualTo(401);
        assertThat(oro.revokeTokens(OroSandbox.BACKOFFICE_CLIENT_ID)).isEqualTo(1);
        assertThat(http.get("/admin/api/users/1", OroHttp.Auth.bearer(token)).status()).isEqualTo(401);
    }

    private static String refreshBody(String refresh) {
        return "{\"grant_type\":\"refresh_token\",\"client_id\":\"" + OroSandbox.STOREFRONT_CLIENT_ID
                + "\",\"client_secret\":\"" + OroSandbox.STOREFRONT_CLIENT_SECRET + "\",\"refresh_token\":\""
                + refresh + "\"}";
    }

    private static JsonNode claims(String jwt) throws Exception {
        String[] parts = jwt.split("\\.");
        assertThat(parts).hasSize(3);
        return OroHttp.JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
    }
}
