package com.commerceconnectors.sandbox.magento;

import com.commerceconnectors.sandbox.fault.Fault;
import com.commerceconnectors.sandbox.fault.FaultRule;
import com.commerceconnectors.sandbox.fault.FiredFault;
import com.commerceconnectors.sandbox.log.RecordedRequest;
import com.commerceconnectors.sandbox.magento.MagentoHttp.Reply;
import com.commerceconnectors.sandbox.magento.auth.UserType;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class FaultInjectionTest extends SandboxFixture {

    private static final String PRODUCTS = MagentoHttp.q("/all/V1/products?searchCriteria[pageSize]=3");

    private String token;

    @BeforeEach
    void start() throws Exception {
        token = http.adminToken();
        sandbox.magento().seedProducts(10);
    }

    @Test
    void tooManyRequestsWithRetryAfterForTheNextNMatchingRequests() {
        FaultRule rule = sandbox.magento().faults().on("/V1/products*").times(2)
                .respond(Fault.tooManyRequests(Duration.ofSeconds(3)));

        Reply first = http.get(PRODUCTS, token);
        Reply second = http.get(PRODUCTS, token);
        Reply third = http.get(PRODUCTS, token);

        assertThat(first.status()).isEqualTo(429);
        assertThat(first.headers().firstValue("Retry-After")).contains("3");
        assertThat(second.status()).isEqualTo(429);
        assertThat(third.status()).isEqualTo(200);
        assertThat(rule.timesFired()).isEqualTo(2);
        assertThat(rule.exhausted()).isTrue();
        assertThat(sandbox.magento().faults().fired()).extracting(FiredFault::fault)
                .containsExactly("429 retry-after 3s", "429 retry-after 3s");
    }

    @Test
    void tooManyRequestsWithoutRetryAfter() {
        sandbox.magento().faults().inject("/V1/products", 1, Fault.tooManyRequests());

        Reply reply = http.get(MagentoHttp.q("/V1/products?searchCriteria="), token);

        assertThat(reply.status()).isEqualTo(429);
        assertThat(reply.headers().firstValue("Retry-After")).isEmpty();
    }

    @Test
    void serviceUnavailableIsMaintenanceHtmlWithRetryAfter() {
        sandbox.magento().faults().inject("*", 1, Fault.serviceUnavailable(Duration.ofSeconds(30)));

        Reply reply = http.get(PRODUCTS, token);

        assertThat(reply.status()).isEqualTo(503);
        assertThat(reply.headers().firstValue("Retry-After")).contains("30");
        assertThat(reply.contentType()).startsWith("text/html");
        assertThat(reply.body()).contains("Service Temporarily Unavailable");
    }

    @Test
    void serverErrorIsMagentosReportIdMessage() {
        sandbox.magento().faults().inject("/V1/products*", 1, Fault.serverError());

        Reply reply = http.get(PRODUCTS, token);

        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.message()).startsWith("Internal Error. Details are available in Magento log file.");
    }

    @Test
    void htmlPagesFromAProxyWith502OrEven200() {
        sandbox.magento().faults().inject("/V1/products*", 1, Fault.htmlPage(502));
        sandbox.magento().faults().inject("/V1/products*", 1, Fault.htmlPage(200));

        Reply badGateway = http.get(PRODUCTS, token);
        Reply okButHtml = http.get(PRODUCTS, token);

        assertThat(badGateway.status()).isEqualTo(502);
        assertThat(badGateway.contentType()).startsWith("text/html");
        assertThat(badGateway.body()).contains("502 Bad Gateway");
        assertThat(okButHtml.status()).isEqualTo(200);
        assertThat(okButHtml.contentType()).startsWith("text/html");
        assertThat(okButHtml.body()).startsWith("<!doctype html>");
    }

    @Test
    void emptyBodyWithAJsonContentType() {
        sandbox.magento().faults().inject("/V1/products*", 1, Fault.emptyBody());

        Reply reply = http.get(PRODUCTS, token);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        assertThat(reply.body()).isEmpty();
    }

    @Test
    void truncatedJsonIsTheRealAnswerCutInHalf() {
        String full = http.get(PRODUCTS, token).body();
        sandbox.magento().faults().inject("/V1/products*", 1, Fault.truncatedJson());

        Reply reply = http.get(PRODUCTS, token);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).hasSize(full.length() / 2);
        assertThat(full).startsWith(reply.body());
        assertThatThrownBy(() -> MagentoHttp.JSON.readTree(reply.body()))
                .isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void prematureEndClosesTheConnectionBeforeTheAnnouncedLength() {
        sandbox.magento().faults().inject("/V1/products*", 1, Fault.prematureEnd());
        MagentoHttp fresh = new MagentoHttp(sandbox);

        assertThatThrownBy(() -> fresh.get(PRODUCTS, token)).isInstanceOf(UncheckedIOException.class);
        assertThat(fresh.get(PRODUCTS, token).status()).isEqualTo(200);
    }

    @Test
    void droppedConnectionSendsNothingAndDoesNotProcessTheRequest() {
        sandbox.magento().faults().on("/V1/products").method("POST").times(1).respond(Fault.dropConnection());
        MagentoHttp fresh = new MagentoHttp(sandbox);

        assertThat(fresh.get(PRODUCTS, token).status()).as("GET is not matched by a POST rule").isEqualTo(200);
        MagentoHttp another = new MagentoHttp(sandbox);
        assertThatThrownBy(() -> another.post("/all/V1/products", token,
                "{\"product\":{\"sku\":\"DROP-1\",\"name\":\"n\",\"price\":1}}"))
                .isInstanceOf(UncheckedIOException.class)
                .hasCauseInstanceOf(IOException.class);
        assertThat(sandbox.magento().products().find("DROP-1")).isEmpty();
        RecordedRequest logged = sandbox.magento().requests().last().orElseThrow();
        assertThat(logged.fault()).isEqualTo("drop-connection");
        assertThat(logged.status()).isEqualTo(-1);
    }

    @Test
    void delayLongerThanTheClientsReadTimeout() throws Exception {
        sandbox.magento().faults().inject("/V1/products*", 1, Fault.delay(Duration.ofSeconds(5)));
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(http.rest() + PRODUCTS))
                .header("Authorization", "Bearer " + token)
                .timeout(Duration.ofMillis(300)).GET().build();

        assertThatThrownBy(() -> client.send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(HttpTimeoutException.class);
        assertThat(sandbox.magento().faults().fired()).extracting(FiredFault::fault).containsExactly("delay 5000ms");
        assertThat(client.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    @Test
    void faultsApplyBeforeAuthenticationAndDoNotCountAsApiCalls() {
        sandbox.magento().faults().inject("/V1/integration/admin/token", 1, Fault.serviceUnavailable(Duration.ZERO));
        int callsBefore = sandbox.magento().apiCalls();

        Reply reply = http.adminTokenReply("admin", MagentoSandbox.ADMIN_PASSWORD);
        http.get("/V1/products/SBX-000001");

        assertThat(reply.status()).isEqualTo(503);
        assertThat(sandbox.magento().tokenRequests(UserType.ADMIN))
                .isEqualTo(1);
        assertThat(sandbox.magento().apiCalls()).isEqualTo(callsBefore + 1);
    }

    @Test
    void theRequestLogNamesTheFaultThatFired() {
        sandbox.magento().faults().inject("/V1/products/SBX-000002", 1, Fault.htmlPage(502));

        http.get("/V1/products/SBX-000001", token);
        http.get("/V1/products/SBX-000002", token);

        assertThat(sandbox.magento().requests().forRoute("/V1/products/"))
                .extracting(RecordedRequest::fault, RecordedRequest::status)
                .containsExactly(tuple(null, 200), tuple("html-page 502", 502));
    }
}
