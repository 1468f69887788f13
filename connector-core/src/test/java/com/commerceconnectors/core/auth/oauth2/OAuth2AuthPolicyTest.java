package com.commerceconnectors.core.auth.oauth2;

import com.commerceconnectors.connection.Connection;
import com.commerceconnectors.connection.ConnectionPool;
import com.commerceconnectors.connection.ConnectorType;
import com.commerceconnectors.connection.Mode;
import com.commerceconnectors.connection.OAuth2Auth;
import com.commerceconnectors.connection.Secret;
import com.commerceconnectors.connection.Timeouts;
import com.commerceconnectors.core.auth.DefaultAuthPolicyFactory;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.core.http.ApiRequest;
import com.commerceconnectors.core.http.ConnectorClient;
import com.commerceconnectors.core.testing.MutableClock;
import com.commerceconnectors.core.testing.RecordingSleeper;
import com.commerceconnectors.core.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OAuth2AuthPolicyTest {

    private final TestServer server = TestServer.http();
    private final MutableClock clock = MutableClock.at("2026-05-04T10:00:00Z");
    private final OAuth2Server oauth = new OAuth2Server(clock).mount(server);
    private final List<ConnectorClient> clients = new ArrayList<>();

    @AfterEach
    void stop() {
        clients.forEach(ConnectorClient::close);
        server.close();
    }

    private ConnectorClient client(OAuth2Auth auth) {
        Connection connection = new Connection("cl", ConnectorType.COMMERCELAYER, Mode.CLOUD, null, server.uri("/"), null,
                null, Timeouts.DEFAULT, ConnectionPool.DEFAULT, auth);
        OAuth2Endpoints endpoints = new OAuth2Endpoints(server.uri(OAuth2Server.TOKEN_PATH), server.uri(OAuth2Server.REVOKE_PATH));
        ConnectorClient client = ConnectorClient.builder().connection(connection).platformName("Commerce Layer")
                .clock(clock).sleeper(new RecordingSleeper(clock))
                .authPolicyFactory(DefaultAuthPolicyFactory.builder()
                        .register("oauth2", ctx -> OAuth2AuthPolicy.create((OAuth2Auth) ctx.connection().auth(), ctx, endpoints))
                        .build())
                .build();
        clients.add(client);
        return client;
    }

    private static OAuth2Auth clientCredentials(String secret) {
        return new OAuth2Auth(OAuth2Auth.CLIENT_CREDENTIALS, OAuth2Server.CLIENT_ID, Secret.of(secret), "market:code:europe",
                null, null, null, null, null);
    }

    private static OAuth2Auth passwordGrant(String password) {
        return new OAuth2Auth(OAuth2Auth.PASSWORD, OAuth2Server.CLIENT_ID, Secret.of(OAuth2Server.CLIENT_SECRET), null,
                OAuth2Server.USERNAME, Secret.of(password), null, null, null);
    }

    private ApiRequest skus() {
        return ApiRequest.get(server.uri(OAuth2Server.API_PATH));
    }

    private static OAuth2AuthPolicy policy(ConnectorClient client) {
        return (OAuth2AuthPolicy) client.authPolicy();
    }

    @Test
    void clientCredentialsSendsOnlyTheGrantsFieldsAsJsonAndReusesTheToken() {
        ConnectorClient client = client(clientCredentials(OAuth2Server.CLIENT_SECRET));
        for (int i = 0; i < 5; i++) {
            assertThat(client.send(skus()).status()).isEqualTo(200);
        }
        assertThat(oauth.tokenBodies()).hasSize(1);
        JsonNode body = oauth.tokenBodies().get(0);
        assertThat(body.path("grant_type").asText()).isEqualTo("client_credentials");
        assertThat(body.path("scope").asText()).isEqualTo("market:code:europe");
        assertThat(body.has("username")).isFalse();
        assertThat(body.has("password")).isFalse();
        assertThat(server.requests(OAuth2Server.API_PATH).get(0).header("Authorization")).startsWith("Bearer ey");
    }

    @Test
    void concurrentCallersOnAColdCacheCauseOneTokenRequest() throws Exception {
        ConnectorClient client = client(clientCredentials(OAuth2Server.CLIENT_SECRET));
        ExecutorService pool = Executors.newFixedThreadPool(32);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return client.send(skus()).status();
            }));
        }
        start.countDown();
        for (Future<Integer> f : results) {
            assertThat(f.get()).isEqualTo(200);
        }
        pool.shutdown();
        assertThat(oauth.tokenBodies()).hasSize(1);
    }

    @Test
    void anExpiredTokenIsRefreshedWithTheRotatedRefreshToken() {
        ConnectorClient client = client(passwordGrant(OAuth2Server.PASSWORD));
        client.send(skus());
        clock.advance(Duration.ofHours(2));
        client.send(skus());
        clock.advance(Duration.ofHours(2));
        client.send(skus());
        assertThat(oauth.tokenBodies()).extracting(b -> b.path("grant_type").asText())
                .containsExactly("password", "refresh_token", "refresh_token");
        // each refresh used the newest refresh token: refresh-1, then the rotated refresh-2
        assertThat(oauth.tokenBodies().get(1).path("refresh_token").asText()).isEqualTo("refresh-1");
        assertThat(oauth.tokenBodies().get(2).path("refresh_token").asText()).isEqualTo("refresh-2");
    }

    @Test
    void aRefusedRefreshFallsBackOnceToTheConfiguredGrant() {
        ConnectorClient client = client(passwordGrant(OAuth2Server.PASSWORD));
        client.send(skus());
        oauth.expireRefreshTokens();
        clock.advance(Duration.ofHours(2));
        assertThat(client.send(skus()).status()).isEqualTo(200);
        assertThat(oauth.tokenBodies()).extracting(b -> b.path("grant_type").asText())
                .containsExactly("password", "refresh_token", "password");
        assertThat(policy(client).tokenCache().tokenRequests()).isEqualTo(2);
    }

    @Test
    void aTokenRefusedByTheApiIsReplacedOnceAndTheRequestReplayed() {
        ConnectorClient client = client(clientCredentials(OAuth2Server.CLIENT_SECRET));
        client.send(skus());
        oauth.revokeAccessTokens();
        assertThat(client.send(skus()).status()).isEqualTo(200);
        assertThat(oauth.tokenBodies()).hasSize(2);
        assertThat(server.count(OAuth2Server.API_PATH)).isEqualTo(3);
    }

    @Test
    void aWrongClientSecretIsAnAuthenticationErrorThatNamesTheClientFieldsAndQuotesNoSecret() {
        ConnectorClient client = client(clientCredentials("wrong-s3cret-value"));
        assertThatThrownBy(() -> client.send(skus()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.category()).isEqualTo(ErrorCategory.AUTHENTICATION);
                    assertThat(e.advice()).hasValueSatisfying(a -> assertThat(a).contains("auth.clientSecret"));
                    assertThat(e.getMessage()).contains("Client authentication failed").doesNotContain("wrong-s3cret-value");
                });
        assertThat(server.count(OAuth2Server.API_PATH)).isZero();
    }

    @Test
    void aWrongPasswordSaysTheGrantWasRefused() {
        ConnectorClient client = client(passwordGrant("not-the-password"));
        assertThatThrownBy(() -> client.send(skus()))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.category()).isEqualTo(ErrorCategory.AUTHENTICATION);
                    assertThat(e.advice()).hasValueSatisfying(a -> assertThat(a).contains("auth.username"));
                    assertThat(e.getMessage()).doesNotContain("not-the-password");
                });
    }

    @Test
    void jwtBearerAndRefreshTokenGrantsSendTheirOwnFields() {
        OAuth2Auth jwtBearer = new OAuth2Auth(OAuth2Auth.JWT_BEARER, OAuth2Server.CLIENT_ID,
                Secret.of(OAuth2Server.CLIENT_SECRET), "market:code:europe", null, null, null,
                Secret.of(OAuth2Server.ASSERTION), null);
        assertThat(client(jwtBearer).send(skus()).status()).isEqualTo(200);
        assertThat(oauth.tokenBodies().get(0).path("assertion").asText()).isEqualTo(OAuth2Server.ASSERTION);

        // a refresh token obtained elsewhere, configured as the grant; the server rotates it on every use
        client(passwordGrant(OAuth2Server.PASSWORD)).send(skus());
        String handedOut = "refresh-2";
        OAuth2Auth refresh = new OAuth2Auth(OAuth2Auth.REFRESH_TOKEN, OAuth2Server.CLIENT_ID,
                Secret.of(OAuth2Server.CLIENT_SECRET), null, null, null, Secret.of(handedOut), null, null);
        ConnectorClient client = client(refresh);
        client.send(skus());
        clock.advance(Duration.ofHours(2));
        client.send(skus());
        assertThat(oauth.tokenBodies()).extracting(b -> b.path("refresh_token").asText(""))
                .containsExactly("", "", "refresh-2", "refresh-3");
    }

    @Test
    void revokeSendsTheHeldTokenAndTheNextCallObtainsANewOne() {
        ConnectorClient client = client(passwordGrant(OAuth2Server.PASSWORD));
        assertThat(policy(client).revoke()).as("nothing held yet").isFalse();
        client.send(skus());
        String held = policy(client).tokenCache().current().orElseThrow().value().reveal();
        assertThat(policy(client).revoke()).isTrue();
        assertThat(oauth.revokeBodies()).hasSize(1);
        JsonNode body = oauth.revokeBodies().get(0);
        assertThat(body.path("token").asText()).isEqualTo(held);
        assertThat(body.path("client_id").asText()).isEqualTo(OAuth2Server.CLIENT_ID);
        assertThat(client.send(skus()).status()).isEqualTo(200);
        // the refresh token went with the revoked token: the new token comes from the password grant
        assertThat(oauth.tokenBodies()).extracting(b -> b.path("grant_type").asText()).containsExactly("password", "password");
    }

    @Test
    void claimsAreTheCurrentTokensDecodedPayload() {
        ConnectorClient client = client(clientCredentials(OAuth2Server.CLIENT_SECRET));
        JsonNode claims = policy(client).claims().orElseThrow();
        assertThat(claims.path("organization").path("slug").asText()).isEqualTo("acme");
        assertThat(claims.path("scope").asText()).isEqualTo("market:code:europe");
        assertThat(policy(client).toString()).doesNotContain(OAuth2Server.CLIENT_SECRET).doesNotContain("ey");
    }

    @Test
    void aDocumentsTokenUriWinsOverTheConnectorsDefault() {
        OAuth2Auth auth = new OAuth2Auth(OAuth2Auth.CLIENT_CREDENTIALS, OAuth2Server.CLIENT_ID,
                Secret.of(OAuth2Server.CLIENT_SECRET), null, null, null, null, null, server.uri("/custom/token"));
        server.route("/custom/token", r -> com.commerceconnectors.core.testing.Reply.json(200,
                "{\"access_token\":\"opaque-1\",\"expires_in\":60}"));
        ConnectorClient client = client(auth);
        assertThat(policy(client).tokenUri()).isEqualTo(URI.create(server.uri("/custom/token").toString()));
        assertThat(policy(client).currentToken().expiresAt()).isEqualTo(clock.instant().plusSeconds(60));
        assertThat(server.count("/custom/token")).isEqualTo(1);
        assertThat(oauth.tokenBodies()).isEmpty();
    }
}
