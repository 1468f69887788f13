package com.commerceconnectors.core.http;

import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.core.testing.Reply;
import com.commerceconnectors.core.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A raw call as a route writes it, and its answer read as JSON or text. */
class RawCallTest {

    private final TestServer server = TestServer.http();
    private final ConnectorClient client = ConnectorClient.builder().platformName("Shop").retryPolicy(RetryPolicy.NONE).build();

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void aRouteWrittenCallIsAMethodAPathAndAQuery() {
        RawCall call = RawCall.parse(" post ", "//V1/orders/7/comments?notify=1&x=a%20b", "GET or POST");
        assertThat(call).isEqualTo(new RawCall(HttpMethod.POST, "V1/orders/7/comments", "notify=1&x=a%20b"));
        assertThat(call.writes()).isTrue();
        assertThat(RawCall.parse("GET", "V1/store/storeViews", "GET").query()).isNull();
        assertThat(RawCall.parse("get", "x", "GET").writes()).isFalse();
    }

    @Test
    void anUnknownMethodIsAConfigurationErrorThatNamesThePlatformsMethods() {
        assertThatThrownBy(() -> RawCall.parse("FETCH", "x", "GET, POST or DELETE"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.category()).isEqualTo(ErrorCategory.CONFIGURATION);
                    assertThat(e.summary()).isEqualTo("'FETCH' is not an HTTP method");
                    assertThat(e.advice()).contains("Use GET, POST or DELETE");
                });
    }

    @Test
    void aJsonAnswerIsReadAsJsonAnyOtherAsText() {
        server.route("/json", r -> Reply.json(201, "{\"id\":7}"));
        server.route("/text", r -> Reply.text(200, "text/plain", "pong"));
        server.route("/none", r -> Reply.empty(204));

        RawCall.Result json = RawCall.send(client, ApiRequest.get(server.uri("/json")));
        assertThat(json.status()).isEqualTo(201);
        assertThat(json.json().get("id").asInt()).isEqualTo(7);
        assertThat(json.text()).isNull();

        RawCall.Result text = RawCall.send(client, ApiRequest.get(server.uri("/text")));
        assertThat(text.json()).isNull();
        assertThat(text.text()).isEqualTo("pong");

        assertThat(RawCall.send(client, ApiRequest.delete(server.uri("/none"))).json()).isNull();
    }
}
