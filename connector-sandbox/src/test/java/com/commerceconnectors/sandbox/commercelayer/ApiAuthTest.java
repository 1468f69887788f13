package com.commerceconnectors.sandbox.commercelayer;

import com.commerceconnectors.sandbox.commercelayer.ClHttp.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class ApiAuthTest extends CommerceLayerFixture {

    @BeforeEach
    void seed() {
        cl.seedSkus(5);
    }

    @Test
    void anIntegrationTokenWorksUntilItsExpiryOnTheSandboxClock() {
        String token = http.integrationToken();

        clock.advance(Duration.ofHours(2).minusSeconds(1));
        Reply before = http.get("/skus", token);
        clock.advance(Duration.ofSeconds(1));
        Reply after = http.get("/skus", token);

        assertThat(before.status()).isEqualTo(200);
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.firstError().path("code").asText()).isEqualTo("INVALID_TOKEN");
        assertThat(after.firstError().path("detail").asText()).isEqualTo("The access token you provided is expired.");
    }

    @Test
    void tokenLifetimesAreSettings() {
        cl.settings().salesChannelTokenLifetime(Duration.ofMinutes(5));

        Reply reply = http.token("grant_type", "client_credentials",
                "client_id", CommerceLayerSandbox.SALES_CHANNEL_CLIENT_ID,
                "scope", CommerceLayerSandbox.SALES_CHANNEL_SCOPE);
        String token = ClHttp.accessToken(reply);
        clock.advance(Duration.ofMinutes(5));

        assertThat(reply.json().path("expires_in").asLong()).isEqualTo(300);
        assertThat(http.get("/skus", token).status()).isEqualTo(401);
    }

    @Test
    void aRevokedTokenIsA401AndRevokeAnswersAnEmptyObject() {
        String token = http.integrationToken();
        assertThat(http.get("/skus", token).status()).isEqualTo(200);

        Reply revoke = http.revoke("client_id", CommerceLayerSandbox.INTEGRATION_CLIENT_ID,
                "client_secret", CommerceLayerSandbox.INTEGRATION_CLIENT_SECRET, "token", token);
        Reply after = http.get("/skus", token);

        assertThat(revoke.status()).isEqualTo(200);
        assertThat(revoke.body()).isEqualTo("{}");
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.json()).isEqualTo(ClHttp.JSON.createObjectNode().set("errors",
                ClHttp.JSON.createArrayNode().add(ClHttp.JSON.createObjectNode()
                        .put("title", "Invalid token").put("detail", "The access token you provided is invalid.")
                        .put("code", "INVALID_TOKEN").put("status", "401"))));
        assertThat(cl.revocations()).isEqualTo(1);
        assertThat(http.integrationToken()).isNotEqualTo(token);
    }

    @Test
    void revokingARefreshTokenRevokesItsAccessTokenToo() {
        JsonNode pair = http.token("grant_type", "password", "client_id", CommerceLayerSandbox.SALES_CHANNEL_CLIENT_ID,
                "scope", CommerceLayerSandbox.SALES_CHANNEL_SCOPE, "username", CommerceLayerSandbox.CUSTOMER_EMAIL,
                "password", CommerceLayerSandbox.CUSTOMER_PASSWORD).json();

        Reply revoke = http.revoke("client_id", CommerceLayerSandbox.SALES_CHANNEL_CLIENT_ID,
                "token", pair.path("refresh_token").asText());

        assertThat(revoke.status()).isEqualTo(200);
        assertThat(http.get("/skus", pair.path("access_token").asText()).status()).isEqualTo(401);
        assertThat(http.token("grant_type", "refresh_token", "client_id", CommerceLayerSandbox.SALES_CHANNEL_CLIENT_ID,
                "refresh_token", pair.path("refresh_token").asText()).status()).isEqualTo(400);
    }

    @Test
    void onlyTheApplicationThatGotATokenMayRevokeIt() {
        String token = http.integrationToken();

        Reply other = http.revoke("client_id", CommerceLayerSandbox.SALES_CHANNEL_CLIENT_ID, "token", token);
        Reply noClient = http.revoke("token", token);
        Reply unknownToken = http.revoke("client_id", CommerceLayerSandbox.INTEGRATION_CLIENT_ID,
                "client_secret", CommerceLayerSandbox.INTEGRATION_CLIENT_SECRET, "token", "1234");

        for (Reply refused : new Reply[] {other, noClient}) {
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.firstError().path("title").asText()).isEqualTo("unauthorized_client");
            assertThat(refused.firstError().path("detail").asText())
                    .isEqualTo("You are not authorized to revoke this token");
        }
        assertThat(unknownToken.status()).isEqualTo(200);
        assertThat(http.get("/skus", token).status()).isEqualTo(200);
    }

    @Test
    void aTamperedTokenIsA401() {
        String token = http.integrationToken();
        String[] parts = token.split("\\.");
        JsonNode claims = ClHttp.claims(token);
        String widened = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"exp\":" + claims.path("exp").asLong(), "\"exp\":" + (claims.path("exp").asLong() + 86400));
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(widened.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        String unsigned = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "." + parts[1] + ".";

        for (String bad : new String[] {forged, unsigned, token.substring(0, token.length() - 2), "garbage"}) {
            Reply reply = http.get("/skus", bad);
            assertThat(reply.status()).isEqualTo(401);
            assertThat(reply.firstError().path("code").asText()).isEqualTo("INVALID_TOKEN");
        }
        assertThat(http.get("/skus", null).status()).isEqualTo(401);
    }

    @Test
    void theThirtyFirstTokenRequestInAMinuteIsA429UntilTheWindowSlides() {
        for (int i = 0; i < 30; i++) {
            clock.advance(Duration.ofSeconds(1));
            assertThat(http.token("grant_type", "client_credentials",
                    "client_id", CommerceLayerSandbox.INTEGRATION_CLIENT_ID,
                    "client_secret", CommerceLayerSandbox.INTEGRATION_CLIENT_SECRET).status()).isEqualTo(200);
        }

        Reply refused = http.token("grant_type", "client_credentials",
                "client_id", CommerceLayerSandbox.INTEGRATION_CLIENT_ID,
                "client_secret", CommerceLayerSandbox.INTEGRATION_CLIENT_SECRET);
        Reply revokeStillServed = http.revoke("client_id", CommerceLayerSandbox.INTEGRATION_CLIENT_ID,
                "client_secret", CommerceLayerSandbox.INTEGRATION_CLIENT_SECRET, "token", "unknown");
        // The first request of the window was at +1 s, the refusal at +30 s; at +61 s that first one has left it.
        clock.advance(Duration.ofSeconds(31));
        Reply slid = http.token("grant_type", "client_credentials",
                "client_id", CommerceLayerSandbox.INTEGRATION_CLIENT_ID,
                "client_secret", CommerceLayerSandbox.INTEGRATION_CLIENT_SECRET);
        Reply again = http.token("grant_type", "client_credentials",
                "client_id", CommerceLayerSandbox.INTEGRATION_CLIENT_ID,
                "client_secret", CommerceLayerSandbox.INTEGRATION_CLIENT_SECRET);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.headers().map().keySet()).noneMatch(h -> h.toLowerCase().contains("reset"))
                .noneMatch(h -> h.equalsIgnoreCase("retry-after"));
        assertThat(refused.firstError().path("status").asInt()).isEqualTo(429);
        assertThat(revokeStillServed.status()).as("only /oauth/token is limited").isEqualTo(200);
        assertThat(slid.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(429);
        assertThat(cl.tokenRequests().rateLimited()).isEqualTo(2);
    }

    @Test
    void salesChannelsReadTheCatalogOfTheirMarketButWriteNothing() {
        String token = http.salesChannelToken();
        String europePriceList = cl.store().where("markets", "code", "europe").get(0).links().get("price_list");

        JsonNode prices = http.get("/prices?page%5Bsize%5D=25", token).json();
        JsonNode markets = http.get("/markets", token).json();
        Reply customers = http.get("/customers", token);
        Reply write = http.post("/skus", token, "{\"data\":{\"type\":\"skus\",\"attributes\":{\"code\":\"X\","
                + "\"name\":\"X\"}}}");

        assertThat(prices.path("meta").path("record_count").asInt()).isEqualTo(5);
        prices.path("data").forEach(p -> assertThat(p.path("attributes").path("currency_code").asText())
                .isEqualTo("EUR"));
        assertThat(cl.store().all("prices")).hasSize(10)
                .filteredOn(p -> europePriceList.equals(p.links().get("price_list"))).hasSize(5);
        assertThat(markets.path("data")).hasSize(1);
        assertThat(customers.status()).isEqualTo(401);
        assertThat(customers.firstError().path("code").asText()).isEqualTo("UNAUTHORIZED");
        assertThat(write.status()).isEqualTo(401);
        assertThat(cl.skus()).isEqualTo(5);
    }

    @Test
    void aCustomerTokenSeesOnlyThatCustomersOrders() {
        cl.seedOrders(3);
        String token = ClHttp.accessToken(http.token("grant_type", "password",
                "client_id", CommerceLayerSandbox.SALES_CHANNEL_CLIENT_ID,
                "scope", CommerceLayerSandbox.SALES_CHANNEL_SCOPE, "username", CommerceLayerSandbox.CUSTOMER_EMAIL,
                "password", CommerceLayerSandbox.CUSTOMER_PASSWORD));
        String other = http.post("/customers", http.integrationToken(),
                "{\"data\":{\"type\":\"customers\",\"attributes\":{\"email\":\"other@example.com\"}}}")
                .json().path("data").path("id").asText();

        JsonNode orders = http.get("/orders?include=line_items", token).json();
        JsonNode customers = http.get("/customers", token).json();

        assertThat(orders.path("meta").path("record_count").asInt()).isEqualTo(3);
        assertThat(orders.path("included")).hasSize(3);
        assertThat(customers.path("data")).hasSize(1);
        assertThat(customers.path("data").get(0).path("id").asText()).isEqualTo(cl.customer().id());
        assertThat(http.get("/customers/" + other, token).status()).isEqualTo(404);
    }
}
