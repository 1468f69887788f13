package com.commerceconnectors.sandbox.commercelayer;

import com.commerceconnectors.sandbox.commercelayer.ClHttp.Reply;
import com.commerceconnectors.sandbox.fault.Fault;
import com.commerceconnectors.sandbox.log.RecordedRequest;
import com.commerceconnectors.sandbox.log.Redaction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FaultAndLogTest extends CommerceLayerFixture {

    private String token;

    @BeforeEach
    void seed() {
        cl.seedSkus(3);
        token = http.integrationToken();
    }

    @Test
    void injectedFaultsHitTheMatchingApiRequestsThenStop() {
        cl.faults().on("/api/skus*").method("GET").times(2).respond(Fault.tooManyRequests(Duration.ofSeconds(2)));

        Reply first = http.get("/skus", token);
        Reply second = http.get("/skus", token);
        Reply third = http.get("/skus", token);

        assertThat(first.status()).isEqualTo(429);
        assertThat(first.header("Retry-After")).isEqualTo("2");
        assertThat(second.status()).isEqualTo(429);
        assertThat(third.status()).isEqualTo(200);
        assertThat(cl.faults().firedCount()).isEqualTo(2);
        assertThat(cl.faults().fired().get(0).path()).isEqualTo("/api/skus");
    }

    @Test
    void anInjectedServerErrorIsAJsonApiErrorDocument() {
        cl.faults().inject("/api/skus", 1, Fault.serverError());

        Reply reply = http.get("/skus", token);

        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.header("Content-Type")).isEqualTo(ClHttp.JSON_API);
        assertThat(reply.firstError().path("code").asText()).isEqualTo("INTERNAL_SERVER_ERROR");
    }

    @Test
    void theTokenEndpointCanBeFaultedToo() {
        cl.faults().inject("/auth/oauth/token", 1, Fault.serviceUnavailable(Duration.ofSeconds(30)));

        Reply refused = http.token("grant_type", "client_credentials",
                "client_id", CommerceLayerSandbox.INTEGRATION_CLIENT_ID,
                "client_secret", CommerceLayerSandbox.INTEGRATION_CLIENT_SECRET);

        assertThat(refused.status()).isEqualTo(503);
        assertThat(http.integrationToken()).isNotEmpty();
    }

    @Test
    void theRequestLogHoldsRoutePathsAndOnlyFingerprintsOfTokens() {
        http.get("/skus?page%5Bsize%5D=2", token);

        List<RecordedRequest> api = cl.requests().forRoute("/api/");
        List<RecordedRequest> auth = cl.requests().forRoute("/auth/oauth/token");

        assertThat(auth).hasSize(1);
        assertThat(auth.get(0).status()).isEqualTo(200);
        assertThat(api).hasSize(1);
        RecordedRequest call = api.get(0);
        assertThat(call.path()).isEqualTo("/commercelayer/api/skus");
        assertThat(call.routePath()).isEqualTo("/api/skus");
        assertThat(call.query()).isEqualTo("page%5Bsize%5D=2");
        assertThat(call.authorization()).contains("Bearer " + Redaction.fingerprint(token));
        assertThat(call.toString()).doesNotContain(token);
        assertThat(call.at()).isEqualTo(clock.instant());
    }

    @Test
    void noSecretOrTokenReachesTheRequestLog() {
        String form = "grant_type=client_credentials&client_id=" + CommerceLayerSandbox.INTEGRATION_CLIENT_ID
                + "&client_secret=" + CommerceLayerSandbox.INTEGRATION_CLIENT_SECRET;
        http.execute(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(sandbox.commerceLayerAuthUri() + "/oauth/token?client_secret="
                                + CommerceLayerSandbox.INTEGRATION_CLIENT_SECRET))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)).build());
        http.revoke("client_id", CommerceLayerSandbox.INTEGRATION_CLIENT_ID,
                "client_secret", CommerceLayerSandbox.INTEGRATION_CLIENT_SECRET, "token", token);
        http.get("/skus", token);

        String log = cl.requests().entries().toString();

        assertThat(cl.requests().size()).isEqualTo(4);
        assertThat(log).doesNotContain(CommerceLayerSandbox.INTEGRATION_CLIENT_SECRET).doesNotContain(token);
    }

    @Test
    void observationsCanBeReset() {
        cl.faults().inject("/api/skus", 5, Fault.serverError());
        http.get("/skus", token);

        cl.resetObservations();

        assertThat(cl.requests().size()).isZero();
        assertThat(cl.faults().rules()).isEmpty();
        assertThat(cl.tokenRequests().requests()).isZero();
        assertThat(http.get("/skus", token).status()).isEqualTo(200);
    }
}
