package com.commerceconnectors.sandbox.commercelayer;

import com.commerceconnectors.sandbox.commercelayer.ClHttp.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class TokenGrantTest extends CommerceLayerFixture {

    private static final String JWT_BEARER = "urn:ietf:params:oauth:grant-type:jwt-bearer";

    @Test
    void integrationClientCredentialsGiveATwoHourTokenWithCommerceLayersClaims() {
        Reply reply = http.token("grant_type", "client_credentials",
                "client_id", CommerceLayerSandbox.INTEGRATION_CLIENT_ID,
                "client_secret", CommerceLayerSandbox.INTEGRATION_CLIENT_SECRET);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(body.path("token_type").asText()).isEqualTo("bearer");
        assertThat(body.path("expires_in").asLong()).isEqualTo(7200);
        assertThat(body.path("scope").asText()).isEqualTo("market:all");
        assertThat(body.path("created_at").asLong()).isEqualTo(clock.instant().getEpochSecond());
        assertThat(body.has("refresh_token")).isFalse();
        JsonNode claims = ClHttp.claims(body.path("access_token").asText());
        assertThat(claims.path("organization").path("slug").asText()).isEqualTo("sandbox-org");
        assertThat(claims.path("organization").path("id").asText()).isEqualTo(CommerceLayerSandbox.ORGANIZATION_ID);
        assertThat(claims.path("organization").path("enterprise").asBoolean()).isTrue();
        assertThat(claims.path("organization").path("region").asText()).isEqualTo("eu-west-1");
        assertThat(claims.path("application").path("kind").asText()).isEqualTo("integration");
        assertThat(claims.path("application").path("public").asBoolean()).isFalse();
        assertThat(claims.path("test").asBoolean()).isTrue();
        assertThat(claims.path("rand").asDouble()).isBetween(0.0, 1.0);
        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(7200);
        assertThat(claims.path("iss").asText()).isEqualTo(sandbox.commerceLayerAuthUri().toString());
        assertThat(claims.has("market")).isFalse();
        assertThat(http.get("/skus", body.path("access_token").asText()).status()).isEqualTo(200);
        assertThat(cl.tokenRequests().requests("client_credentials")).isEqualTo(1);
    }

    @Test
    void salesChannelTokensLastFourHoursAndCarryTheMarketOfTheirScope() {
        Reply reply = http.token("grant_type", "client_credentials",
                "client_id", CommerceLayerSandbox.SALES_CHANNEL_CLIENT_ID, "scope", "market:code:europe");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("expires_in").asLong()).isEqualTo(14400);
        assertThat(reply.json().path("scope").asText()).isEqualTo("market:code:europe");
        JsonNode claims = ClHttp.claims(reply.json().path("access_token").asText());
        String europe = cl.store().where("markets", "code", "europe").get(0).id();
        assertThat(claims.path("application").path("kind").asText()).isEqualTo("sales_channel");
        assertThat(claims.path("application").path("public").asBoolean()).isTrue();
        assertThat(claims.path("market").path("id").get(0).asText()).isEqualTo(europe);
        assertThat(claims.path("market").path("price_list_id").asText()).isNotEmpty();
        assertThat(claims.path("market").path("stock_location_ids")).hasSize(1);
    }

    @Test
    void aMarketIdScopeWorksAsWellAsItsCode() {
        String usa = cl.store().where("markets", "code", "usa").get(0).id();

        Reply reply = http.token("grant_type", "client_credentials",
                "client_id", CommerceLayerSandbox.SALES_CHANNEL_CLIENT_ID, "scope", "market:id:" + usa);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(ClHttp.claims(reply.json().path("access_token").asText()).path("market").path("id").get(0)
                .asText()).isEqualTo(usa);
    }

    @Test
    void salesChannelsWithoutAValidMarketScopeAreRefusedWithInvalidScope() {
        for (String scope : new String[] {null, "market:all", "market:code:mars", "market:12", "store:code:x",
            "market:name:europe"}) {
            Reply reply = http.token("grant_type", "client_credentials",
                    "client_id", CommerceLayerSandbox.SALES_CHANNEL_CLIENT_ID, "scope", scope);

            assertThat(reply.status()).as("scope %s", scope).isEqualTo(400);
            assertThat(reply.firstError().path("title").asText()).isEqualTo("invalid_scope");
            assertThat(reply.firstError().path("status").asInt()).isEqualTo(400);
        }
    }

    @Test
    void anIntegrationMayNarrowItsTokenToAMarket() {
        Reply reply = http.token("grant_type", "client_credentials",
                "client_id", CommerceLayerSandbox.INTEGRATION_CLIENT_ID,
                "client_secret", CommerceLayerSandbox.INTEGRATION_CLIENT_SECRET, "scope", "market:code:usa");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(ClHttp.claims(reply.json().path("access_token").asText()).path("market").path("id"))
                .hasSize(1);
    }

    @Test
    void aWrongSecretOrUnknownClientIsA401InvalidClientLikeTheRealEndpoint() {
        Reply wrongSecret = http.token("grant_type", "client_credentials",
                "client_id", CommerceLayerSandbox.INTEGRATION_CLIENT_ID, "client_secret", "not-the-secret");
        Reply noSecret = http.token("grant_type", "client_credentials",
                "client_id", CommerceLayerSandbox.INTEGRATION_CLIENT_ID);
        Reply unknown = http.token("grant_type", "client_credentials", "client_id", "wrong-client-id");

        for (Reply reply : new Reply[] {wrongSecret, noSecret, unknown}) {
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.header("Content-Type")).startsWith("application/json");
            JsonNode error = reply.firstError();
            assertThat(error.path("title").asText()).isEqualTo("invalid_client");
            assertThat(error.path("code").asText()).isEqualTo("UNAUTHORIZED");
            assertThat(error.path("status").asInt()).isEqualTo(401);
            assertThat(error.path("detail").asText()).startsWith("Client authentication failed");
        }
        assertThat(wrongSecret.body()).doesNotContain("not-the-secret");
    }

    @Test
    void unknownOrMissingGrantTypesAreRefused() {
        Reply unsupported = http.token("grant_type", "authorization_code",
                "client_id", CommerceLayerSandbox.INTEGRATION_CLIENT_ID);
        Reply missing = http.token("client_id", CommerceLayerSandbox.INTEGRATION_CLIENT_ID);

        assertThat(unsupported.status()).isEqualTo(400);
        assertThat(unsupported.firstError().path("title").asText()).isEqualTo("unsupported_grant_type");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.firstError().path("title").asText()).isEqualTo("invalid_request");
    }

    @Test
    void passwordGrantGivesACustomerTokenWithARefreshToken() {
        Reply reply = http.token("grant_type", "password", "client_id", CommerceLayerSandbox.SALES_CHANNEL_CLIENT_ID,
                "scope", CommerceLayerSandbox.SALES_CHANNEL_SCOPE,
                "username", CommerceLayerSandbox.CUSTOMER_EMAIL, "password", CommerceLayerSandbox.CUSTOMER_PASSWORD);

        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(body.path("refresh_token").asText()).hasSizeGreaterThan(30);
        assertThat(body.path("owner_id").asText()).isEqualTo(cl.customer().id());
        assertThat(body.path("owner_type").asText()).isEqualTo("customer");
        JsonNode owner = ClHttp.claims(body.path("access_token").asText()).path("owner");
        assertThat(owner.path("type").asText()).isEqualTo("Customer");
        assertThat(owner.path("id").asText()).isEqualTo(cl.customer().id());
    }

    @Test
    void aWrongCustomerPasswordIsInvalidGrantAndIntegrationsCannotUseThePasswordGrant() {
        Reply wrong = http.token("grant_type", "password", "client_id", CommerceLayerSandbox.SALES_CHANNEL_CLIENT_ID,
                "scope", CommerceLayerSandbox.SALES_CHANNEL_SCOPE,
                "username", CommerceLayerSandbox.CUSTOMER_EMAIL, "password", "nope");
        Reply integration = http.token("grant_type", "password",
                "client_id", CommerceLayerSandbox.INTEGRATION_CLIENT_ID,
                "client_secret", CommerceLayerSandbox.INTEGRATION_CLIENT_SECRET,
                "username", CommerceLayerSandbox.CUSTOMER_EMAIL, "password", CommerceLayerSandbox.CUSTOMER_PASSWORD);

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.firstError().path("title").asText()).isEqualTo("invalid_grant");
        assertThat(integration.status()).isEqualTo(400);
        assertThat(integration.firstError().path("title").asText()).isEqualTo("unauthorized_client");
    }

    @Test
    void aRefreshTokenIsExchangedOnceForANewPairForTheSameCustomer() {
        JsonNode first = http.token("grant_type", "password",
                "client_id", CommerceLayerSandbox.SALES_CHANNEL_CLIENT_ID,
                "scope", CommerceLayerSandbox.SALES_CHANNEL_SCOPE,
                "username", CommerceLayerSandbox.CUSTOMER_EMAIL,
                "password", CommerceLayerSandbox.CUSTOMER_PASSWORD).json();
        String refreshToken = first.path("refresh_token").asText();

        Reply refreshed = http.token("grant_type", "refresh_token",
                "client_id", CommerceLayerSandbox.SALES_CHANNEL_CLIENT_ID, "refresh_token", refreshToken);
        Reply reused = http.token("grant_type", "refresh_token",
                "client_id", CommerceLayerSandbox.SALES_CHANNEL_CLIENT_ID, "refresh_token", refreshToken);

        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.json().path("owner_id").asText()).isEqualTo(cl.customer().id());
        assertThat(refreshed.json().path("scope").asText()).isEqualTo(CommerceLayerSandbox.SALES_CHANNEL_SCOPE);
        assertThat(refreshed.json().path("refresh_token").asText()).isNotEqualTo(refreshToken);
        assertThat(refreshed.json().path("access_token").asText())
                .isNotEqualTo(first.path("access_token").asText());
        assertThat(reused.status()).isEqualTo(400);
        assertThat(reused.firstError().path("title").asText()).isEqualTo("invalid_grant");
        assertThat(cl.tokenRequests().requests("refresh_token")).isEqualTo(2);
    }

    @Test
    void aRefreshTokenExpiresAfterTwoWeeksOfTheSandboxClock() {
        String refreshToken = http.token("grant_type", "password",
                "client_id", CommerceLayerSandbox.SALES_CHANNEL_CLIENT_ID,
                "scope", CommerceLayerSandbox.SALES_CHANNEL_SCOPE,
                "username", CommerceLayerSandbox.CUSTOMER_EMAIL,
                "password", CommerceLayerSandbox.CUSTOMER_PASSWORD).json().path("refresh_token").asText();

        clock.advance(java.time.Duration.ofDays(14));
        Reply reply = http.token("grant_type", "refresh_token",
                "client_id", CommerceLayerSandbox.SALES_CHANNEL_CLIENT_ID, "refresh_token", refreshToken);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.firstError().path("title").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void jwtBearerGivesATokenOnBehalfOfTheAssertionsOwnerWithItsCustomClaim() {
        String assertion = assertion("{\"https://commercelayer.io/claims\":{\"owner\":{\"type\":\"Customer\",\"id\":\""
                + cl.customer().id() + "\"},\"custom_claim\":{\"channel\":\"kiosk\"}}}");

        Reply reply = http.token("grant_type", JWT_BEARER, "client_id", CommerceLayerSandbox.INTEGRATION_CLIENT_ID,
                "client_secret", CommerceLayerSandbox.INTEGRATION_CLIENT_SECRET, "assertion", assertion);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("owner_type").asText()).isEqualTo("customer");
        assertThat(reply.json().path("owner_id").asText()).isEqualTo(cl.customer().id());
        assertThat(reply.json().path("refresh_token").asText()).isNotEmpty();
        JsonNode claims = ClHttp.claims(reply.json().path("access_token").asText());
        assertThat(claims.path("owner").path("id").asText()).isEqualTo(cl.customer().id());
        assertThat(claims.path("custom_claim").path("channel").asText()).isEqualTo("kiosk");
        assertThat(cl.tokenRequests().requests(JWT_BEARER)).isEqualTo(1);
    }

    @Test
    void jwtBearerRefusesEmptyOversizedOrMalformedAssertionsAndNonEnterpriseOrganizations() {
        String empty = assertion("{\"https://commercelayer.io/claims\":{}}");
        String unknownCustomer = assertion("{\"https://commercelayer.io/claims\":{\"owner\":{\"type\":\"Customer\","
                + "\"id\":\"NoSuchOne1\"}}}");
        String oversized = assertion("{\"https://commercelayer.io/claims\":{\"custom_claim\":{\"pad\":\""
                + "x".repeat(4096) + "\"}}}");
        for (String assertion : new String[] {empty, unknownCustomer, oversized, "not-a-jwt"}) {
            Reply reply = http.token("grant_type", JWT_BEARER,
                    "client_id", CommerceLayerSandbox.INTEGRATION_CLIENT_ID,
                    "client_secret", CommerceLayerSandbox.INTEGRATION_CLIENT_SECRET, "assertion", assertion);

            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.firstError().path("title").asText()).isEqualTo("invalid_assertion");
            assertThat(reply.firstError().path("detail").asText()).isEqualTo("The provided assertion is invalid.");
        }

        cl.settings().enterprise(false);
        Reply notEnterprise = http.token("grant_type", JWT_BEARER,
                "client_id", CommerceLayerSandbox.INTEGRATION_CLIENT_ID,
                "client_secret", CommerceLayerSandbox.INTEGRATION_CLIENT_SECRET,
                "assertion", assertion("{\"https://commercelayer.io/claims\":{\"custom_claim\":{\"a\":\"b\"}}}"));
        assertThat(notEnterprise.status()).isEqualTo(400);
        assertThat(notEnterprise.firstError().path("title").asText()).isEqualTo("unauthorized_client");
    }

    @Test
    void theIssuerClaimCanBeSetToTestBaseUrlDerivation() {
        cl.settings().issuer(URI.create("https://auth.commercelayer.io"));

        String token = http.integrationToken();

        assertThat(ClHttp.claims(token).path("iss").asText()).isEqualTo("https://auth.commercelayer.io");
        assertThat(http.get("/skus", token).status()).isEqualTo(200);
    }

    @Test
    void formEncodedTokenRequestsAreAcceptedToo() {
        String form = "grant_type=client_credentials&client_id=" + CommerceLayerSandbox.INTEGRATION_CLIENT_ID
                + "&client_secret=" + CommerceLayerSandbox.INTEGRATION_CLIENT_SECRET;
        Reply reply = http.execute(java.net.http.HttpRequest.newBuilder(
                        URI.create(sandbox.commerceLayerAuthUri() + "/oauth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("access_token").asText()).contains(".");
    }

    /** An unsigned-looking HS512 JWT as js-auth's {@code createAssertion} shapes it. */
    private static String assertion(String payload) {
        Base64.Encoder encoder = Base64.getUrlEncoder().withoutPadding();
        return encoder.encodeToString("{\"alg\":\"HS512\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "."
                + encoder.encodeToString("signature".getBytes(StandardCharsets.UTF_8));
    }
}
