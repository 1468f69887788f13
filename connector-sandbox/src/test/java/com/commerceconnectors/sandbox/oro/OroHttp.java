package com.commerceconnectors.sandbox.oro;

import com.commerceconnectors.sandbox.Sandbox;
import com.commerceconnectors.sandbox.oro.auth.WsseDigest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/** A plain JDK HTTP client for the Oro emulator, as an integration would call it. */
final class OroHttp {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String JSON_API = "application/vnd.api+json";

    /** Adds credentials to a request. */
    @FunctionalInterface
    interface Auth {
        void apply(HttpRequest.Builder request);

        static Auth none() {
            return request -> { };
        }

        static Auth bearer(String token) {
            return request -> request.header("Authorization", "Bearer " + token);
        }
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

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final SecureRandom random = new SecureRandom();
    private final String root;
    private final Clock clock;

    OroHttp(Sandbox sandbox, Clock clock) {
        this.root = sandbox.oroUri().toString();
        this.clock = clock;
    }

    /**
     * Percent-encodes the brackets, spaces, operators and plus signs of a readable query, as clients must send
     * them (a bare {@code +} is a space to PHP).
     */
    static String q(String readable) {
        return readable.replace("+", "%2B").replace("[", "%5B").replace("]", "%5D").replace(" ", "%20")
                .replace(">", "%3E").replace("<", "%3C");
    }

    /** A fresh random nonce, base64 of 16 bytes. */
    String nonce() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** WSSE headers with a fresh nonce, created at the sandbox clock's now. */
    Auth wsse(String username, String apiKey) {
        return wsse(username, apiKey, nonce(), clock.instant());
    }

    Auth wsse(String username, String apiKey, String nonce, Instant created) {
        return wsseRaw(username, apiKey, nonce, created.toString());
    }

    Auth wsseRaw(String username, String apiKey, String nonce, String created) {
        String digest = WsseDigest.compute(nonce, created, apiKey);
        return request -> request.header("Authorization", "WSSE profile=\"UsernameToken\"")
                .header("X-WSSE", "UsernameToken Username=\"" + username + "\", PasswordDigest=\"" + digest
                        + "\", Nonce=\"" + nonce + "\", Created=\"" + created + "\"");
    }

    /** The sandbox admin's WSSE credentials, fresh for every request. */
    Auth admin() {
        return wsse(OroSandbox.ADMIN_USERNAME, OroSandbox.ADMIN_API_KEY);
    }

    Reply get(String path, Auth auth) {
        return send("GET", path, auth, null, null);
    }

    /** A GET with this {@code Accept} header instead of the JSON:API media type. */
    Reply getAccepting(String path, Auth auth, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + path))
                .timeout(Duration.ofSeconds(20))
                .header("Accept", accept);
        auth.apply(request);
        return execute(request.GET().build());
    }

    Reply post(String path, Auth auth, String body) {
        return send("POST", path, auth, JSON_API, body);
    }

    Reply patch(String path, Auth auth, String body) {
        return send("PATCH", path, auth, JSON_API, body);
    }

    Reply delete(String path, Auth auth) {
        return send("DELETE", path, auth, null, null);
    }

    Reply send(String method, String path, Auth auth, String contentType, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(root + path))
                .timeout(Duration.ofSeconds(20))
                .header("Accept", JSON_API);
        auth.apply(request);
        if (headers.length > 0) {
            request.headers(headers);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return execute(request.build());
    }

    /** POSTs a JSON body to {@code /oauth2-token}. */
    Reply token(String json) {
        return execute(HttpRequest.newBuilder(URI.create(root + "/oauth2-token"))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    }

    String clientCredentialsToken() {
        Reply reply = token("{\"grant_type\":\"client_credentials\",\"client_id\":\""
                + OroSandbox.BACKOFFICE_CLIENT_ID + "\",\"client_secret\":\"" + OroSandbox.BACKOFFICE_CLIENT_SECRET
                + "\"}");
        if (reply.status() != 200) {
            throw new IllegalStateException("token refused: " + reply.body());
        }
        return reply.json().path("access_token").asText();
    }

    Reply passwordGrant(String username, String password) {
        return token("{\"grant_type\":\"password\",\"client_id\":\"" + OroSandbox.STOREFRONT_CLIENT_ID
                + "\",\"client_secret\":\"" + OroSandbox.STOREFRONT_CLIENT_SECRET + "\",\"username\":\"" + username
                + "\",\"password\":\"" + password + "\"}");
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

    String root() {
        return root;
    }
}
