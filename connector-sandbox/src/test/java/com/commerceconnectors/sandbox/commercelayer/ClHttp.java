package com.commerceconnectors.sandbox.commercelayer;

import com.commerceconnectors.sandbox.Sandbox;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A plain JDK HTTP client for the Commerce Layer emulator, as an integration would call it. */
final class ClHttp {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String JSON_API = "application/vnd.api+json";

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String auth;
    private final String api;

    ClHttp(Sandbox sandbox) {
        this.auth = sandbox.commerceLayerAuthUri().toString();
        this.api = sandbox.commerceLayerBaseUri() + "/api";
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

        JsonNode firstError() {
            return json().path("errors").path(0);
        }

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    /** Percent-encodes the brackets of a readable query, as clients must send them. */
    static String q(String readable) {
        return readable.replace("[", "%5B").replace("]", "%5D");
    }

    /** POSTs a JSON object to the token endpoint; {@code pairs} are name, value, name, value… */
    Reply token(String... pairs) {
        return authPost("/oauth/token", pairs);
    }

    Reply revoke(String... pairs) {
        return authPost("/oauth/revoke", pairs);
    }

    Reply authPost(String path, String... pairs) {
        ObjectNode body = JSON.createObjectNode();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                body.put(pairs[i], pairs[i + 1]);
            }
        }
        return execute(HttpRequest.newBuilder(URI.create(auth + path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    String integrationToken() {
        return accessToken(token("grant_type", "client_credentials",
                "client_id", CommerceLayerSandbox.INTEGRATION_CLIENT_ID,
                "client_secret", CommerceLayerSandbox.INTEGRATION_CLIENT_SECRET));
    }

    String salesChannelToken() {
        return accessToken(token("grant_type", "client_credentials",
                "client_id", CommerceLayerSandbox.SALES_CHANNEL_CLIENT_ID,
                "scope", CommerceLayerSandbox.SALES_CHANNEL_SCOPE));
    }

    static String accessToken(Reply reply) {
        if (reply.status() != 200) {
            throw new IllegalStateException("token refused: " + reply.status() + " " + reply.body());
        }
        return reply.json().path("access_token").asText();
    }

    /** The claims of a JWT, decoded without checking anything. */
    static JsonNode claims(String jwt) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Reply get(String path, String token) {
        return send("GET", path, token, null, JSON_API, null);
    }

    Reply post(String path, String token, String body) {
        return send("POST", path, token, body, JSON_API, JSON_API);
    }

    Reply patch(String path, String token, String body) {
        return send("PATCH", path, token, body, JSON_API, JSON_API);
    }

    Reply delete(String path, String token) {
        return send("DELETE", path, token, null, JSON_API, null);
    }

    /** {@code path} is below {@code /api}, e.g. {@code /skus?page%5Bsize%5D=5}; a full URL is used as it is. */
    Reply send(String method, String path, String token, String body, String accept, String contentType) {
        String url = path.startsWith("http") ? path : api + path;
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (accept != null) {
            request.header("Accept", accept);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
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
}
