package com.commerceconnectors.sandbox.magento;

import com.commerceconnectors.sandbox.Sandbox;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A plain JDK HTTP client for the Magento emulator, as an integration would call it. */
final class MagentoHttp {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final String rest;

    MagentoHttp(Sandbox sandbox) {
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        this.rest = sandbox.magentoRestUri().toString();
    }

    /** One response. */
    record Reply(int status, HttpHeaders headers, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        String message() {
            return json().path("message").asText();
        }

        String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }
    }

    /** Percent-encodes the brackets and spaces of a readable query, as clients must send them. */
    static String q(String readable) {
        return readable.replace("[", "%5B").replace("]", "%5D").replace(" ", "%20");
    }

    Reply get(String path) {
        return send("GET", path, null, null);
    }

    Reply get(String path, String token) {
        return send("GET", path, token, null);
    }

    Reply post(String path, String token, String json) {
        return send("POST", path, token, json);
    }

    Reply put(String path, String token, String json) {
        return send("PUT", path, token, json);
    }

    Reply delete(String path, String token) {
        return send("DELETE", path, token, null);
    }

    Reply send(String method, String path, String token, String json) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(rest + path))
                .timeout(Duration.ofSeconds(20));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
            request.method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return execute(request.build());
    }

    Reply execute(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpClient client() {
        return client;
    }

    String rest() {
        return rest;
    }

    Reply adminTokenReply(String username, String password) {
        return post("/V1/integration/admin/token", null,
                "{\"username\":" + quote(username) + ",\"password\":" + quote(password) + "}");
    }

    String adminToken() {
        Reply reply = adminTokenReply(MagentoSandbox.ADMIN_USERNAME, MagentoSandbox.ADMIN_PASSWORD);
        if (reply.status() != 200) {
            throw new IllegalStateException("admin token refused: " + reply.body());
        }
        return reply.json().asText();
    }

    String customerToken(String email, String password) {
        Reply reply = post("/V1/integration/customer/token", null,
                "{\"username\":" + quote(email) + ",\"password\":" + quote(password) + "}");
        if (reply.status() != 200) {
            throw new IllegalStateException("customer token refused: " + reply.body());
        }
        return reply.json().asText();
    }

    static String quote(String value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
