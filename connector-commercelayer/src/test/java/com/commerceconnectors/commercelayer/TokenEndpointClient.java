package com.commerceconnectors.commercelayer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * What a test does beside the connector, with the JDK's own HTTP client: ask the sandbox's auth server for a token,
 * call the API with a given token, build a JWT bearer assertion.
 */
final class TokenEndpointClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private TokenEndpointClient() {
    }

    /** POSTs a token request; returns the answer's JSON. */
    static JsonNode token(URI tokenUri, Map<String, String> body) throws IOException, InterruptedException {
        return post(tokenUri, body);
    }

    /** POSTs a JSON body to the auth server; returns the answer's JSON. */
    static JsonNode post(URI tokenUri, Map<String, String> body) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(tokenUri)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the auth server answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** The status of a GET of an API path with this bearer token. */
    static int statusWith(URI uri, String accessToken) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(uri).header("Accept", "application/vnd.api+json")
                .header("Authorization", "Bearer " + accessToken).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** An assertion on behalf of an owner, with a custom claim ({@code {"alg":"none"}}: the client's credentials vouch). */
    static String assertion(String ownerType, String ownerId) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = b64.encodeToString(("{\"https://commercelayer.io/claims\":{\"owner\":{\"type\":\"" + ownerType
                + "\",\"id\":\"" + ownerId + "\"},\"custom_claim\":{\"channel\":\"kiosk\"}}}").getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }
}
