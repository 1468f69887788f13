package com.commerceconnectors.oro;

import com.commerceconnectors.connection.WsseAuth;
import com.commerceconnectors.connection.Secret;
import com.commerceconnectors.core.auth.wsse.WsseAuthPolicy;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.core.http.ApiRequest;
import com.commerceconnectors.sandbox.ManualClock;
import com.commerceconnectors.sandbox.fault.Fault;
import com.commerceconnectors.sandbox.log.RecordedRequest;
import com.commerceconnectors.sandbox.oro.OroSandbox;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** WSSE, OAuth2 (client credentials and password grants) and bearer tokens against the sandbox's Oro. */
class OroAuthTest extends OroSandboxSupport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private void startWith(String name, com.commerceconnectors.connection.Connection connection) throws Exception {
        context.getRegistry().bind(name, connection);
        context.start();
    }

    // ---- WSSE ----------------------------------------------------------------------------------------------------

    @Test
    void everyWsseRequestCarriesAFreshTokenAndARequestRetriedAfterA503IsAccepted() throws Exception {
        startSandbox();
        startCamel();
        startWith("oro", wsseConnection());
        oro.seedProducts(3);
        oro.faults().on("/admin/api/products*").times(1).respond(Fault.serviceUnavailable(Duration.ofSeconds(2)));
        Exchange e = send("oro:products", null, Map.of());
        assertThat(e.getException()).isNull();
        assertThat(e.getMessage().getBody(List.class)).hasSize(3);
        for (int i = 0; i < 5; i++) {
            assertThat(send("oro:products", null, Map.of()).getException()).isNull();
        }
        List<RecordedRequest> sent = requests("GET", "/admin/api/products");
        assertThat(sent).hasSize(7);
        assertThat(sent.get(0).status()).isEqualTo(503);
        assertThat(sent.subList(1, 7)).allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
        // the X-WSSE values are recorded as fingerprints: seven requests, seven different tokens
        assertThat(sent.stream().map(r -> r.header("X-WSSE").orElseThrow()).distinct()).hasSize(7);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void theSandboxRefusesAReplayedWsseHeaderWithOrosEmpty401() throws Exception {
        startSandbox();
        oro.seedProducts(1);
        WsseAuthPolicy policy = WsseAuthPolicy.create(new WsseAuth(OroSandbox.ADMIN_USERNAME,
                Secret.of(OroSandbox.ADMIN_API_KEY)), clock);
        URI uri = URI.create(oro.baseUri() + "/admin/api/products");
        ApiRequest signed = policy.authorize(ApiRequest.get(uri));
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Accept", "application/vnd.api+json")
                .header("Authorization", signed.headers().first("Authorization").orElseThrow())
                .header("X-WSSE", signed.headers().first("X-WSSE").orElseThrow())
                .build();
        HttpClient http = HttpClient.newHttpClient();
        assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        HttpResponse<String> replay = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(replay.statusCode()).isEqualTo(401);
        assertThat(replay.body()).isEmpty();
        assertThat(replay.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("WSSE"));
    }

    @Test
    void aClockAheadOfOrosMakesAFutureCreatedThatOroRefusesAndTheAdviceNamesTheCausesInOrder() throws Exception {
        startSandbox();
        startCamel(new ManualClock(START.plusSeconds(60)));
        startWith("oro", wsseConnection());
        ApiException e = failure(send("oro:products", null, Map.of()));
        assertThat(e.category()).isEqualTo(ErrorCategory.AUTHENTICATION);
        assertThat(e.status()).isEqualTo(401);
        assertThat(e.getMessage()).contains("empty body");
        String advice = e.advice().orElseThrow();
        assertThat(advice.indexOf("auth.apiKey")).isLessThan(advice.indexOf("clock"));
        assertThat(advice.indexOf("clock")).isLessThan(advice.indexOf("API feature"));
        assertThat(advice.indexOf("API feature")).isLessThan(advice.indexOf("/admin/api"));
        // a 401 is final for WSSE: the same refusal would come again
        assertThat(requests("GET", "/admin/api/products")).hasSize(1);
    }

    @Test
    void aClockBehindOrosByMoreThanTheLifetimeMakesAnExpiredCreatedThatOroRefuses() throws Exception {
        startSandbox();
        startCamel(new ManualClock(START.minus(Duration.ofHours(2))));
        startWith("oro", wsseConnection());
        assertThat(failure(send("oro:products", null, Map.of())).status()).isEqualTo(401);
        // within the lifetime it is accepted: a Created a few seconds old is what the client always sends
        context.stop();
        startCamel(new ManualClock(START.minus(Duration.ofMinutes(30))));
        startWith("oro", wsseConnection());
        assertThat(send("oro:products", null, Map.of()).getException()).isNull();
    }

    @Test
    void testConnectionWithAWrongApiKeyIsAnAuthenticationVerdictWithTheLikelyCauses() throws Exception {
        startSandbox();
        startCamel();
        startWith("oro", wsseConnection("oro-wrong", "0000000000000000000000000000000000000000"));
        Exchange e = send("oro:products?operation=testConnection", null, Map.of());
        assertThat(e.getException()).isNull();
        assertThat(e.getMessage().getHeader(OroConstants.CONNECTION_OK)).isEqualTo(false);
        Map<String, Object> verdict = e.getMessage().getBody(Map.class);
        assertThat(verdict.get("category")).isEqualTo("AUTHENTICATION");
        assertThat(verdict.get("authType")).isEqualTo("wsse");
        assertThat((String) verdict.get("hint")).contains("1) auth.apiKey").contains("2) this machine's clock")
                .contains("3) the API feature").contains("4) the API path");
        assertThat(verdict.toString()).doesNotContain("0000000000000000000000000000000000000000");
    }

    @Test
    void testConnectionThatWorksReportsTheApiPathAndTheTotal() throws Exception {
        startSandbox();
        startCamel();
        startWith("oro", wsseConnection());
        oro.seedProducts(12);
        Exchange e = send("oro:products?operation=testConnection", null, Map.of());
        Map<String, Object> verdict = e.getMessage().getBody(Map.class);
        assertThat(verdict.get("ok")).isEqualTo(true);
        assertThat(verdict.get("category")).isEqualTo("OK");
        assertThat((Map<String, Object>) verdict.get("details")).containsEntry("apiPath", "/admin/api")
                .containsEntry("totalCount", 12L);
    }

    @Test
    void testConnectionWithTheApiFeatureOffIsAConfigurationVerdict() throws Exception {
        startSandbox();
        startCamel();
        startWith("oro", wsseConnection());
        oro.settings().apiEnabled(com.commerceconnectors.sandbox.oro.auth.ApiKind.BACK_OFFICE, false);
        Map<String, Object> verdict = send("oro:products?operation=testConnection", null, Map.of()).getMessage().getBody(Map.class);
        assertThat(verdict.get("category")).isEqualTo("CONFIGURATION");
        assertThat((String) verdict.get("hint")).contains("API feature").contains("apiPath");
    }

    // ---- OAuth2 --------------------------------------------------------------------------------------------------

    @Test
    void clientCredentialsOnTheBackOfficeFetchOneTokenForManyRequests() throws Exception {
        startSandbox();
        startCamel();
        startWith("oro", backOfficeOAuthConnection("/admin/api"));
        oro.seedProducts(3);
        for (int i = 0; i < 5; i++) {
            assertThat(send("oro:products", null, Map.of()).getException()).isNull();
        }
        assertThat(oro.tokenRequests()).isEqualTo(1);
        assertThat(requests("GET", "/admin/api/products"))
                .allSatisfy(r -> assertThat(r.authorization()).hasValueSatisfying(a -> assertThat(a).startsWith("Bearer ")));
    }

    @Test
    void thePasswordGrantReadsTheStorefrontApi() throws Exception {
        startSandbox();
        startCamel();
        startWith("oro", storefrontPasswordConnection());
        oro.seedProducts(4);
        Exchange e = send("oro:products", null, Map.of());
        assertThat(e.getException()).isNull();
        assertThat(e.getMessage().getBody(List.class)).hasSize(4);
        assertThat(requests("GET", "/api/products")).hasSize(1);
    }

    @Test
    void aBackOfficeTokenOnTheStorefrontIsRefusedOnceMoreAfterAFreshTokenAndTheAdviceSaysWhy() throws Exception {
        startSandbox();
        startCamel();
        startWith("oro", backOfficeOAuthConnection("/api"));
        ApiException e = failure(send("oro:products", null, Map.of()));
        assertThat(e.category()).isEqualTo(ErrorCategory.AUTHENTICATION);
        assertThat(e.advice()).hasValueSatisfying(a -> assertThat(a).contains("not interchangeable").contains("/api"));
        assertThat(oro.tokenRequests()).isEqualTo(2);
        assertThat(requests("GET", "/api/products")).hasSize(2);
    }

    @Test
    void apiPathOnTheEndpointSelectsTheApiAndGetsItsOwnTokens() throws Exception {
        startSandbox();
        startCamel();
        startWith("oro", backOfficeOAuthConnection("/api"));
        oro.seedProducts(2);
        Exchange e = send("oro:products?apiPath=/admin/api", null, Map.of());
        assertThat(e.getException()).isNull();
        assertThat(requests("GET", "/admin/api/products")).hasSize(1);
    }

    @Test
    void refusedClientCredentialsAreAnAuthenticationErrorWithoutTheSecret() throws Exception {
        startSandbox();
        startCamel();
        startWith("oro", connection("""
                {"name":"oro-bad","connector":"oro","baseUri":"%s","apiPath":"/admin/api",
                 "auth":{"type":"oauth2","grantType":"client_credentials","clientId":"%s","clientSecret":"wrong-secret-42"}}
                """.formatted(oro.baseUri(), OroSandbox.BACKOFFICE_CLIENT_ID)));
        ApiException e = failure(send("oro:products", null, Map.of()));
        assertThat(e.category()).isEqualTo(ErrorCategory.AUTHENTICATION);
        assertThat(e.getMessage()).doesNotContain("wrong-secret-42");
        assertThat(e.advice()).hasValueSatisfying(a -> assertThat(a).contains("clientSecret"));
    }

    // ---- bearer --------------------------------------------------------------------------------------------------

    @Test
    void aStaticBearerTokenWorksUntilItIsRevokedAndThenSaysToUseOAuth2() throws Exception {
        startSandbox();
        startCamel();
        HttpResponse<String> token = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(oro.baseUri() + "/oauth2-token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.createObjectNode()
                        .put("grant_type", "client_credentials")
                        .put("client_id", OroSandbox.BACKOFFICE_CLIENT_ID)
                        .put("client_secret", OroSandbox.BACKOFFICE_CLIENT_SECRET).toString()))
                .build(), HttpResponse.BodyHandlers.ofString());
        JsonNode answer = JSON.readTree(token.body());
        startWith("oro", connection("""
                {"name":"oro-bearer","connector":"oro","baseUri":"%s","apiPath":"/admin/api",
                 "auth":{"type":"bearer","token":"%s"}}
                """.formatted(oro.baseUri(), answer.get("access_token").asText())));
        oro.seedProducts(1);
        assertThat(send("oro:products", null, Map.of()).getException()).isNull();
        oro.revokeTokens(OroSandbox.BACKOFFICE_CLIENT_ID);
        ApiException e = failure(send("oro:products", null, Map.of()));
        assertThat(e.status()).isEqualTo(401);
        assertThat(e.advice()).hasValueSatisfying(a -> assertThat(a).contains("auth type oauth2"));
    }

    @Test
    void endpointOptionsMakeAValidatedConnection() throws Exception {
        startSandbox();
        startCamel();
        context.start();
        oro.seedProducts(2);
        Exchange e = send("oro:products?baseUri=" + oro.baseUri() + "&apiPath=/admin/api&clientId="
                + OroSandbox.BACKOFFICE_CLIENT_ID + "&clientSecret=RAW(" + OroSandbox.BACKOFFICE_CLIENT_SECRET + ")",
                null, Map.of());
        assertThat(e.getException()).isNull();
        assertThat(e.getMessage().getBody(List.class)).hasSize(2);
        Exchange wsse = send("oro:products?baseUri=" + oro.baseUri() + "&apiPath=/admin/api&username=admin&apiKey=RAW("
                + OroSandbox.ADMIN_API_KEY + ")", null, Map.of());
        assertThat(wsse.getException()).isNull();
        assertThatThrownBy(() -> send("oro:users?baseUri=" + oro.baseUri() + "&username=admin", null, Map.of()))
                .hasStackTraceContaining("/auth/apiKey: required when auth type is wsse");
    }
}
