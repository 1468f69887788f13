package com.commerceconnectors.sandbox.oro;

import com.commerceconnectors.sandbox.fault.Fault;
import com.commerceconnectors.sandbox.log.RecordedRequest;
import com.commerceconnectors.sandbox.oro.auth.ApiKind;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What surrounds the resources: the feature toggle, faults, the request log, the ready line, concurrency. */
class OroPlatformTest extends OroFixture {

    @Test
    void aDisabledApiAnswers404AndTheOtherStillWorks() {
        oro.seedProducts(1);
        oro.settings().apiEnabled(ApiKind.BACK_OFFICE, false);

        OroHttp.Reply off = http.get("/admin/api/products", http.admin());
        String storefrontToken = http.passwordGrant("guest", "guest").json().path("access_token").asText();
        OroHttp.Reply on = http.get("/api/products", OroHttp.Auth.bearer(storefrontToken));

        assertThat(off.status()).isEqualTo(404);
        assertThat(on.status()).isEqualTo(200);
        oro.settings().apiEnabled(ApiKind.BACK_OFFICE, true);
        assertThat(http.get("/admin/api/products", http.admin()).status()).isEqualTo(200);
    }

    @Test
    void faultsApplyToPathsUnderTheApplicationRootAndAreLogged() {
        oro.seedProducts(2);
        oro.faults().on("/admin/api/products*").method("GET").times(2)
                .respond(Fault.tooManyRequests(Duration.ofSeconds(3)));

        OroHttp.Reply first = http.get("/admin/api/products", http.admin());
        OroHttp.Reply second = http.get("/admin/api/products/1", http.admin());
        OroHttp.Reply third = http.get("/admin/api/products", http.admin());

        assertThat(first.status()).isEqualTo(429);
        assertThat(first.header("Retry-After")).isEqualTo("3");
        assertThat(second.status()).isEqualTo(429);
        assertThat(third.status()).isEqualTo(200);
        assertThat(oro.faults().firedCount()).isEqualTo(2);
        List<RecordedRequest> logged = oro.requests().forRoute("/admin/api/products");
        assertThat(logged).extracting(RecordedRequest::status).containsExactly(429, 429, 200);
        assertThat(logged.get(0).fault()).isNotNull();
        assertThat(logged.get(0).path()).isEqualTo("/oro/admin/api/products");
    }

    @Test
    void aDroppedConnectionFaultOnTheTokenEndpoint() {
        oro.faults().inject("/oauth2-token", 1, Fault.dropConnection());

        assertThatThrownBy(() -> http.clientCredentialsToken()).isInstanceOf(UncheckedIOException.class);
        assertThat(http.clientCredentialsToken()).isNotEmpty();
    }

    @Test
    void readyJsonNamesCredentialsThatWork() throws Exception {
        JsonNode ready = OroHttp.JSON.readTree(sandbox.readyJson()).path("oro");

        assertThat(ready.path("baseUri").asText()).isEqualTo(sandbox.baseUri() + "/oro");
        assertThat(ready.path("baseUri").asText()).isEqualTo(sandbox.oroUri().toString());
        assertThat(http.get("/admin/api/users/1", http.wsse(ready.at("/wsse/username").asText(),
                ready.at("/wsse/apiKey").asText())).status()).isEqualTo(200);
        OroHttp.Reply backOffice = http.token("{\"grant_type\":\"client_credentials\",\"client_id\":\""
                + ready.at("/backOffice/clientId").asText() + "\",\"client_secret\":\""
                + ready.at("/backOffice/clientSecret").asText() + "\"}");
        OroHttp.Reply storefront = http.token("{\"grant_type\":\"password\",\"client_id\":\""
                + ready.at("/storefront/clientId").asText() + "\",\"client_secret\":\""
                + ready.at("/storefront/clientSecret").asText() + "\",\"username\":\""
                + ready.at("/storefront/username").asText() + "\",\"password\":\""
                + ready.at("/storefront/password").asText() + "\"}");
        assertThat(backOffice.status()).isEqualTo(200);
        assertThat(storefront.status()).isEqualTo(200);
    }

    @Test
    void pathsOutsideTheApisAreNotFoundAndTheTokenEndpointIsPostOnly() {
        assertThat(http.get("/admin/nothing", http.admin()).status()).isEqualTo(404);
        assertThat(http.get("/oauth2-token", OroHttp.Auth.none()).status()).isEqualTo(405);
        assertThat(http.get("/admin/api/unknowns", http.admin()).status()).isEqualTo(404);
    }

    @Test
    void concurrentRequestsWithOneNonceGetExactlyOneAnswer() throws Exception {
        String nonce = http.nonce();
        java.time.Instant created = clock.instant();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<Integer>> sameNonce = new ArrayList<>();
            List<Callable<Integer>> freshNonces = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                sameNonce.add(() -> http.get("/admin/api/users/1",
                        http.wsse(OroSandbox.ADMIN_USERNAME, OroSandbox.ADMIN_API_KEY, nonce, created)).status());
                freshNonces.add(() -> http.get("/admin/api/users/1", http.admin()).status());
            }
            List<Integer> replayed = statuses(pool.invokeAll(sameNonce));
            List<Integer> fresh = statuses(pool.invokeAll(freshNonces));

            assertThat(replayed).filteredOn(s -> s == 200).hasSize(1);
            assertThat(replayed).filteredOn(s -> s == 401).hasSize(15);
            assertThat(fresh).containsOnly(200);
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Integer> statuses(List<Future<Integer>> futures) throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> future : futures) {
            statuses.add(future.get());
        }
        return statuses;
    }
}
