package com.commerceconnectors.core.http;

import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.core.error.FailureReason;
import com.commerceconnectors.core.testing.Reply;
import com.commerceconnectors.core.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConnectorClientJsonTest {

    private final TestServer server = TestServer.http();
    private final ConnectorClient client = ConnectorClient.builder().platformName("Shop").retryPolicy(RetryPolicy.NONE).build();

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void parsesJsonAndAsksForIt() {
        server.route("/x", r -> Reply.json(200, "{\"items\":[{\"sku\":\"a\"}],\"total_count\":1}"));
        JsonNode node = client.sendForJson(ApiRequest.get(server.uri("/x")));
        assertThat(node.at("/items/0/sku").asText()).isEqualTo("a");
        assertThat(server.requests().get(0).header("Accept")).isEqualTo("application/json");
    }

    @Test
    void keepsDecimalsExactlyAsSent() {
        server.route("/x", r -> Reply.json(200, "{\"price\":45.00,\"big\":100.10,\"tiny\":0.1,\"n\":7}"));
        JsonNode node = client.sendForJson(ApiRequest.get(server.uri("/x")));
        assertThat(node.get("price").decimalValue()).isEqualByComparingTo("45.00").hasScaleOf(2);
        assertThat(node.toString()).isEqualTo("{\"price\":45.00,\"big\":100.10,\"tiny\":0.1,\"n\":7}");
    }

    @Test
    void sendsAJsonTreeAsItIsWithTheGivenMediaType() {
        server.route("/x", r -> Reply.json(201, "{}"));
        ObjectNode record = JsonNodeFactory.withExactBigDecimals(true).objectNode()
                .put("price", new BigDecimal("45.00")).put("name", "Tote");
        client.send(ApiRequest.post(server.uri("/x")).withJsonBody(record, "application/vnd.api+json"));
        assertThat(server.requests().get(0).bodyAsString()).isEqualTo("{\"price\":45.00,\"name\":\"Tote\"}");
        assertThat(server.requests().get(0).header("Content-Type")).startsWith("application/vnd.api+json");
    }

    @Test
    void treatsAnEmptyAnswerAsNull() {
        server.route("/x", r -> Reply.empty(204));
        assertThat(client.sendForJson(ApiRequest.delete(server.uri("/x"))).isNull()).isTrue();
    }

    @Test
    void reportsAnHtmlPageInsteadOfJson() {
        server.route("/x", r -> Reply.text(200, "text/html", "<html><head><title>Sign in</title></head></html>"));
        assertThatThrownBy(() -> client.sendForJson(ApiRequest.get(server.uri("/x"))))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.category()).isEqualTo(ErrorCategory.PROTOCOL);
                    assertThat(e.reason()).isEqualTo(FailureReason.HTML_PAGE);
                    assertThat(e.getMessage()).startsWith("Shop answered 200 OK with HTML: the server answered with an HTML "
                            + "page (title: \"Sign in\") instead of JSON — is baseUri pointing at the API root?");
                });
    }

    @Test
    void reportsAnHtmlErrorPage() {
        server.route("/x", r -> Reply.text(502, "text/html", "<html><title>502 Bad Gateway</title></html>"));
        assertThatThrownBy(() -> client.send(ApiRequest.get(server.uri("/x"))))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.category()).isEqualTo(ErrorCategory.SERVER);
                    assertThat(e.getMessage()).startsWith("Shop answered 502 Bad Gateway: the server answered with an HTML page "
                            + "(title: \"502 Bad Gateway\")");
                });
    }

    @Test
    void reportsOtherNonJsonWithoutQuotingIt() {
        server.route("/x", r -> Reply.text(200, "text/plain", "secret-ish payload"));
        assertThatThrownBy(() -> client.sendForJson(ApiRequest.get(server.uri("/x"))))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.reason()).isEqualTo(FailureReason.NOT_JSON);
                    assertThat(e.getMessage()).contains("a body that is not JSON (text/plain, 18 bytes)")
                            .doesNotContain("payload");
                });
    }

    @Test
    void reportsAnEmptyErrorBody() {
        server.route("/x", r -> Reply.empty(401));
        assertThatThrownBy(() -> client.send(ApiRequest.get(server.uri("/x"))))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.category()).isEqualTo(ErrorCategory.AUTHENTICATION);
                    assertThat(e.getMessage()).startsWith("Shop answered 401 Unauthorized with an empty body.");
                });
    }
}
