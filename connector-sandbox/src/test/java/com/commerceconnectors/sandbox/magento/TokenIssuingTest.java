package com.commerceconnectors.sandbox.magento;

import com.commerceconnectors.sandbox.ManualClock;
import com.commerceconnectors.sandbox.magento.MagentoHttp.Reply;
import com.commerceconnectors.sandbox.magento.auth.UserType;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class TokenIssuingTest extends SandboxFixture {

    private static final Instant START = Instant.parse("2025-03-01T10:00:00Z");
    private static final String PRODUCTS = "/V1/products?searchCriteria[pageSize]=1";

    private final ManualClock clock = new ManualClock(START);

    @Override
    protected Clock clock() {
        return clock;
    }

    @BeforeEach
    void start() throws Exception {
        sandbox.magento().seedProducts(3);
    }

    @Test
    void adminTokenIsABareJsonStringHoldingAJwtWithMagentosClaims() throws Exception {
        Reply reply = http.adminTokenReply("admin", MagentoSandbox.ADMIN_PASSWORD);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        assertThat(reply.body()).startsWith("\"").endsWith("\"");
        String token = reply.json().asText();
        String[] parts = token.split("\\.");
        assertThat(parts).hasSize(3);
        JsonNode header = MagentoHttp.JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
        JsonNode claims = MagentoHttp.JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(header.path("alg").asText()).isEqualTo("HS256");
        assertThat(claims.path("uid").asLong()).isEqualTo(1);
        assertThat(claims.path("utypid").asInt()).isEqualTo(2);
        assertThat(claims.path("iat").asLong()).isEqualTo(START.getEpochSecond());
        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(3600);
        assertThat(http.get(MagentoHttp.q(PRODUCTS), token).status()).isEqualTo(200);
    }

    @Test
    void adminUsernamesMatchCaseInsensitivelyLikeMysql() {
        assertThat(http.adminTokenReply("ADMIN", MagentoSandbox.ADMIN_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void customerTokenCarriesTheCustomerUserType() throws Exception {
        String token = http.customerToken(MagentoSandbox.CUSTOMER_EMAIL, MagentoSandbox.CUSTOMER_PASSWORD);

        JsonNode claims = MagentoHttp.JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertThat(claims.path("utypid").asInt()).isEqualTo(3);
        assertThat(claims.path("uid").asLong()).isEqualTo(1);
    }

    @Test
    void wrongPasswordIsA401WithMagentosExactMessage() {
        Reply reply = http.adminTokenReply("admin", "wrong-password-1");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.body()).isEqualTo("{\"message\":\"The account sign-in was incorrect or your account is "
                + "disabled temporarily. Please wait and try again later.\"}");
    }

    @Test
    void unknownUserGetsTheSameAnswerAsAWrongPassword() {
        Reply unknown = http.adminTokenReply("nobody", "whatever-123");
        Reply wrong = http.adminTokenReply("admin", "whatever-123");

        assertThat(unknown.status()).isEqualTo(401);
        assertThat(unknown.body()).isEqualTo(wrong.body());
    }

    @Test
    void missingCredentialsAreReportedFieldByField() {
        Reply both = http.post("/V1/integration/admin/token", null, "{}");
        Reply password = http.post("/V1/integration/admin/token", null, "{\"username\":\"admin\"}");
        Reply empty = http.post("/V1/integration/admin/token", null, "{\"username\":\"admin\",\"password\":\"\"}");

        assertThat(both.status()).isEqualTo(400);
        assertThat(both.message()).isEqualTo("One or more input exceptions have occurred.");
        assertThat(both.json().path("errors")).hasSize(2);
        assertThat(both.json().path("errors").get(0).path("parameters").path("fieldName").asText())
                .isEqualTo("username");
        assertThat(password.json().path("message").asText()).isEqualTo("\"%fieldName\" is required. Enter and try again.");
        assertThat(password.json().path("parameters").path("fieldName").asText()).isEqualTo("password");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().path("parameters").path("fieldName").asText()).isEqualTo("password");
    }

    @Test
    void bodyMustBeDeclaredAndDecodableJson() {
        Reply noType = http.execute(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(http.rest() + "/V1/integration/admin/token"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")).build());
        Reply broken = http.post("/V1/integration/admin/token", null, "{\"username\":");

        assertThat(noType.status()).isEqualTo(400);
        assertThat(noType.message()).isEqualTo("Content-Type header is empty.");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.message()).isEqualTo("Decoding error.");
    }

    @Test
    void jwtExpiresAfterItsLifetimeOnTheInjectedClock() {
        String token = http.adminToken();
        clock.advance(Duration.ofMinutes(59));
        assertThat(http.get(MagentoHttp.q(PRODUCTS), token).status()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(1));
        Reply expired = http.get(MagentoHttp.q(PRODUCTS), token);

        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.body()).isEqualTo("{\"message\":\"The consumer isn't authorized to access %resources.\","
                + "\"parameters\":{\"resources\":\"Magento_Catalog::products\"}}");
    }

    @Test
    void configuredLifetimeGoesIntoTheJwt() throws Exception {
        sandbox.magento().settings().adminTokenLifetime(Duration.ofMinutes(5));
        String token = http.adminToken();

        JsonNode claims = MagentoHttp.JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(300);
        clock.advance(Duration.ofMinutes(5));
        assertThat(http.get(MagentoHttp.q(PRODUCTS), token).status()).isEqualTo(401);
    }

    @Test
    void version23IssuesOpaqueTokensThatExpireOnTheServer() {
        sandbox.magento().settings().emulate(MagentoVersion.V2_3);
        String token = http.adminToken();

        assertThat(token).matches("[a-z0-9]{32}");
        clock.advance(Duration.ofHours(3).plusMinutes(59));
        assertThat(http.get(MagentoHttp.q(PRODUCTS), token).status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(1));
        assertThat(http.get(MagentoHttp.q(PRODUCTS), token).status()).isEqualTo(401);
    }

    @Test
    void twoJwtsWithTheSameClaimsAreTheSameStringAsOnMagento() {
        assertThat(http.adminToken()).isEqualTo(http.adminToken());
    }

    @Test
    void tamperedJwtIsRefused() {
        String token = http.adminToken();
        String[] parts = token.split("\\.");
        String forgedClaims = Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("{\"uid\":1,\"utypid\":2,\"iat\":1,\"exp\":" + Long.MAX_VALUE / 2 + "}")
                        .getBytes(StandardCharsets.UTF_8));

        Reply reply = http.get(MagentoHttp.q(PRODUCTS), parts[0] + "." + forgedClaims + "." + parts[2]);

        assertThat(reply.status()).isEqualTo(401);
    }

    @Test
    void revokingAUsersTokensStandsForAPasswordChange() {
        String first = http.adminToken();
        clock.advance(Duration.ofSeconds(1));
        String second = http.adminToken();

        assertThat(second).isNotEqualTo(first);
        assertThat(sandbox.magento().revokeTokens(UserType.ADMIN, "admin")).isEqualTo(2);
        assertThat(http.get(MagentoHttp.q(PRODUCTS), first).status()).isEqualTo(401);
        assertThat(http.get(MagentoHttp.q(PRODUCTS), second).status()).isEqualTo(401);
        String fresh = http.adminToken();
        assertThat(http.get(MagentoHttp.q(PRODUCTS), fresh).status()).isEqualTo(200);
    }

    @Test
    void changingThePasswordRevokesTokensAndTheOldPasswordStopsWorking() {
        String token = http.adminToken();

        sandbox.magento().changeAdminPassword("admin", "new-secret-456");

        assertThat(http.get(MagentoHttp.q(PRODUCTS), token).status()).isEqualTo(401);
        assertThat(http.adminTokenReply("admin", MagentoSandbox.ADMIN_PASSWORD).status()).isEqualTo(401);
        assertThat(http.adminTokenReply("admin", "new-secret-456").status()).isEqualTo(200);
    }

    @Test
    void countersTrackTokenRequestsPerUserTypeAndApiCalls() {
        http.adminToken();
        http.adminTokenReply("admin", "bad-password-1");
        String customer = http.customerToken(MagentoSandbox.CUSTOMER_EMAIL, MagentoSandbox.CUSTOMER_PASSWORD);
        http.get("/V1/customers/me", customer);
        http.get(MagentoHttp.q(PRODUCTS), customer);

        MagentoSandbox magento = sandbox.magento();
        assertThat(magento.tokenRequests(UserType.ADMIN)).isEqualTo(2);
        assertThat(magento.tokensIssued(UserType.ADMIN)).isEqualTo(1);
        assertThat(magento.tokenRequests(UserType.CUSTOMER)).isEqualTo(1);
        assertThat(magento.tokensIssued(UserType.CUSTOMER)).isEqualTo(1);
        assertThat(magento.apiCalls()).isEqualTo(2);
        assertThat(magento.lastAuthorizationHeader()).contains("Bearer " + customer);
    }

    @Test
    void twoFactorAuthBlocksAdminTokensAfterTheCredentialsAreChecked() {
        sandbox.magento().settings().twoFactorAuth(true);

        Reply right = http.adminTokenReply("admin", MagentoSandbox.ADMIN_PASSWORD);
        Reply wrong = http.adminTokenReply("admin", "bad-password-1");

        assertThat(right.status()).isEqualTo(401);
        assertThat(right.message()).isEqualTo("Please use the 2fa provider-specific endpoints to obtain a token.");
        assertThat(right.json().path("parameters").path("active_providers").get(0).asText()).isEqualTo("google");
        assertThat(wrong.message()).startsWith("The account sign-in was incorrect");
    }
}
