package com.commerceconnectors.core.http;

import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.core.error.FailureReason;
import com.commerceconnectors.core.testing.RecordedRequest;
import com.commerceconnectors.core.testing.Reply;
import com.commerceconnectors.core.testing.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RedirectTest {

    private final TestServer origin = TestServer.http();
    private final TestServer other = TestServer.http();
    private final ConnectorClient client = ConnectorClient.builder().authPolicy(new NonceAuthPolicy())
            .retryPolicy(RetryPolicy.NONE).build();

    @AfterEach
    void stop() {
        client.close();
        origin.close();
        other.close();
    }

    @Test
    void followsASameOriginRedirectAndAuthorizesTheNewRequest() {
        origin.route("/old", r -> Reply.empty(301).withHeader("Location", "/new?x=1"));
        origin.route("/new", r -> Reply.json(200, "{}"));
        ApiResponse response = client.send(ApiRequest.get(origin.uri("/old")));
        assertThat(response.status()).isEqualTo(200);
        RecordedRequest followed = origin.requests("/new").get(0);
        assertThat(followed.uri().getRawQuery()).isEqualTo("x=1");
        assertThat(followed.header("Authorization")).isEqualTo("Nonce n-2");
    }

    @Test
    void neverSendsCredentialsToAnotherOrigin() {
        origin.route("/export", r -> Reply.empty(302).withHeader("Location", other.uri("/files/export.json").toString()));
        other.route("/files/export.json", r -> Reply.json(200, "[]"));
        ApiResponse response = client.send(ApiRequest.get(origin.uri("/export")).withHeader("Accept", "application/json"));
        assertThat(response.bodyAsString()).isEqualTo("[]");
        RecordedRequest elsewhere = other.requests().get(0);
        assertThat(elsewhere.header("Authorization")).isNull();
        assertThat(elsewhere.header("X-WSSE")).isNull();
        assertThat(elsewhere.header("Accept")).isEqualTo("application/json");
        assertThat(origin.requests().get(0).header("Authorization")).isEqualTo("Nonce n-1");
    }

    @Test
    void anotherHostNameOnTheSamePortIsAnotherOrigin() {
        // same machine, same port, another name: a browser would not send the credentials there either
        origin.route("/export", r -> Reply.empty(302).withHeader("Location",
                "http://localhost:" + origin.port() + "/files/export.json"));
        origin.route("/files/export.json", r -> Reply.json(200, "[]"));
        client.send(ApiRequest.get(origin.uri("/export")));
        RecordedRequest followed = origin.requests("/files/export.json").get(0);
        assertThat(followed.header("Host")).startsWith("localhost:");
        assertThat(followed.header("Authorization")).isNull();
    }

    @Test
    void dropsEverySecretHeaderTheRouteSetWhenLeavingTheOrigin() {
        origin.route("/export", r -> Reply.empty(303).withHeader("Location", other.uri("/files/export.json").toString()));
        other.route("/files/export.json", r -> Reply.json(200, "[]"));
        client.send(ApiRequest.get(origin.uri("/export"))
                .withHeader("X-Api-Key", "route-key").withHeader("Cookie", "session=abc")
                .withSecretHeader("X-Shop-Signature", "sig").withHeader("X-Request-Id", "r-1"));
        RecordedRequest first = origin.requests().get(0);
        assertThat(first.header("X-Api-Key")).isEqualTo("route-key");
        RecordedRequest elsewhere = other.requests().get(0);
        assertThat(elsewhere.header("X-Api-Key")).isNull();
        assertThat(elsewhere.header("Cookie")).isNull();
        assertThat(elsewhere.header("X-Shop-Signature")).isNull();
        assertThat(elsewhere.header("X-Request-Id")).isEqualTo("r-1");
    }

    @Test
    void anOriginIsSchemeHostAndPort() {
        java.net.URI base = java.net.URI.create("https://Shop.Example.com/rest");
        assertThat(Redirects.sameOrigin(base, java.net.URI.create("https://shop.example.com:443/other"))).isTrue();
        assertThat(Redirects.sameOrigin(base, java.net.URI.create("http://shop.example.com/rest"))).as("downgrade").isFalse();
        assertThat(Redirects.sameOrigin(base, java.net.URI.create("https://shop.example.com:8443/rest"))).isFalse();
        assertThat(Redirects.sameOrigin(base, java.net.URI.create("https://shop.example.com.evil.test/rest"))).isFalse();
        assertThat(Redirects.sameOrigin(base, java.net.URI.create("https://cdn.shop.example.com/rest"))).isFalse();
    }

    @Test
    void doesNotSendCredentialsAgainAfterComingBack() {
        origin.route("/start", r -> Reply.empty(307).withHeader("Location", other.uri("/bounce").toString()));
        other.route("/bounce", r -> Reply.empty(307).withHeader("Location", origin.uri("/end").toString()));
        origin.route("/end", r -> Reply.json(200, "{}"));
        client.send(ApiRequest.get(origin.uri("/start")));
        assertThat(origin.requests("/end").get(0).header("Authorization")).isNull();
    }

    @Test
    void doesNotFollowRedirectsOfWrites() {
        origin.route("/rest/V1/products", r -> Reply.empty(301).withHeader("Location", "https://127.0.0.1:1/rest/V1/products"));
        assertThatThrownBy(() -> client.send(ApiRequest.post(origin.uri("/rest/V1/products")).withJsonBody("{}")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.category()).isEqualTo(ErrorCategory.PROTOCOL);
                    assertThat(e.reason()).isEqualTo(FailureReason.REDIRECT);
                    assertThat(e.getMessage()).contains("only followed for GET and HEAD").contains("https://");
                });
        assertThat(origin.requests()).hasSize(1);
    }

    @Test
    void stopsAfterThreeRedirects() {
        origin.route("/loop", r -> Reply.empty(302).withHeader("Location", "/loop"));
        assertThatThrownBy(() -> client.send(ApiRequest.get(origin.uri("/loop"))))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.reason()).isEqualTo(FailureReason.REDIRECT);
                    assertThat(e.getMessage()).contains("redirected the request more than 3 times");
                });
        assertThat(origin.requests()).hasSize(4);
    }
}
