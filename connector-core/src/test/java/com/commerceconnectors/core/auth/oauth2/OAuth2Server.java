package com.commerceconnectors.core.auth.oauth2;

import com.commerceconnectors.core.testing.RecordedRequest;
import com.commerceconnectors.core.testing.Reply;
import com.commerceconnectors.core.testing.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OAuth2 server for the tests, written from RFC 6749 and the platforms' docs rather than from our client: a JSON
 * token endpoint for the four grants, rotating refresh tokens, a revocation endpoint, and a protected resource that
 * wants an unexpired, unrevoked bearer token. Access tokens are unsigned JWT-shaped strings with {@code exp}.
 */
final class OAuth2Server {

    static final String TOKEN_PATH = "/oauth/token";
    static final String REVOKE_PATH = "/oauth/revoke";
    static final String API_PATH = "/api/skus";
    static final String CLIENT_ID = "client-1";
    static final String CLIENT_SECRET = "client-s3cret";
    static final String USERNAME = "ann@example.com";
    static final String PASSWORD = "pa55word";
    static final String ASSERTION = "eyJhbGciOiJub25lIn0.eyJvd25lciI6ImMxIn0.";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Clock clock;
    private final AtomicInteger issued = new AtomicInteger();
    private final Map<String, Instant> liveTokens = new ConcurrentHashMap<>();
    private final Set<String> liveRefreshTokens = ConcurrentHashMap.newKeySet();
    private final List<JsonNode> tokenBodies = new CopyOnWriteArrayList<>();
    private final List<JsonNode> revokeBodies = new CopyOnWriteArrayList<>();
    private volatile long lifetimeSeconds = 3600;

    OAuth2Server(Clock clock) {
        this.clock = clock;
    }

    OAuth2Server mount(TestServer server) {
        server.route(TOKEN_PATH, this::token);
        server.route(REVOKE_PATH, this::revoke);
        server.route(API_PATH, this::api);
        return this;
    }

    OAuth2Server lifetime(long seconds) {
        this.lifetimeSeconds = seconds;
        return this;
    }

    /** Every token request body, in order. */
    List<JsonNode> tokenBodies() {
        return tokenBodies;
    }

    List<JsonNode> revokeBodies() {
        return revokeBodies;
    }

    /** Forgets every refresh token handed out (they expired). */
    void expireRefreshTokens() {
        liveRefreshTokens.clear();
    }

    /** Makes every access token invalid at the resource (an operator revoked them). */
    void revokeAccessTokens() {
        liveTokens.clear();
    }

    private Reply token(RecordedRequest request) throws Exception {
        JsonNode body = JSON.readTree(request.body());
        tokenBodies.add(body);
        if (!request.header("Content-Type").startsWith("application/json")) {
            return Reply.json(400, "{\"error\":\"invalid_request\",\"error_description\":\"JSON expected\"}");
        }
        if (!CLIENT_ID.equals(body.path("client_id").asText()) || !CLIENT_SECRET.equals(body.path("client_secret").asText())) {
            return Reply.json(401, "{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\","
                    + "\"message\":\"Client authentication failed\"}");
        }
        boolean withRefresh = false;
        switch (body.path("grant_type").asText()) {
            case "client_credentials" -> { }
            case "password" -> {
                if (!USERNAME.equals(body.path("username").asText()) || !PASSWORD.equals(body.path("password").asText())) {
                    return Reply.json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"The user credentials were incorrect.\"}");
                }
                withRefresh = true;
            }
            case "refresh_token" -> {
                if (!liveRefreshTokens.remove(body.path("refresh_token").asText())) {
                    return Reply.json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"The refresh token is invalid.\"}");
                }
                withRefresh = true;
            }
            case "urn:ietf:params:oauth:grant-type:jwt-bearer" -> {
                if (!ASSERTION.equals(body.path("assertion").asText())) {
                    return Reply.json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"bad assertion\"}");
                }
            }
            default -> {
                return Reply.json(400, "{\"error\":\"unsupported_grant_type\"}");
            }
        }
        int n = issued.incrementAndGet();
        Instant exp = clock.instant().plusSeconds(lifetimeSeconds);
        String token = jwt(n, exp, body.path("scope").asText(""));
        liveTokens.put(token, exp);
        ObjectNode answer = JSON.createObjectNode();
        answer.put("access_token", token);
        answer.put("token_type", "Bearer");
        answer.put("expires_in", lifetimeSeconds);
        if (withRefresh) {
            String refresh = "refresh-" + n;
            liveRefreshTokens.add(refresh);
            answer.put("refresh_token", refresh);
        }
        return Reply.json(200, answer.toString());
    }

    private Reply revoke(RecordedRequest request) throws Exception {
        JsonNode body = JSON.readTree(request.body());
        revokeBodies.add(body);
        if (!CLIENT_ID.equals(body.path("client_id").asText())) {
            return Reply.json(401, "{\"error\":\"invalid_client\"}");
        }
        liveTokens.remove(body.path("token").asText());
        return Reply.json(200, "{}");
    }

    private Reply api(RecordedRequest request) {
        String auth = request.header("Authorization");
        if (auth != null && auth.startsWith("Bearer ")) {
            Instant exp = liveTokens.get(auth.substring(7));
            if (exp != null && clock.instant().isBefore(exp)) {
                return Reply.json(200, "{\"data\":[]}");
            }
        }
        return Reply.json(401, "{\"errors\":[{\"title\":\"Invalid token\",\"detail\":\"The access token you provided is invalid.\","
                + "\"code\":\"INVALID_TOKEN\",\"status\":\"401\"}]}");
    }

    private static String jwt(int n, Instant exp, String scope) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        String payload = b64.encodeToString(("{\"n\":" + n + ",\"exp\":" + exp.getEpochSecond() + ",\"scope\":\""
                + scope + "\",\"organization\":{\"slug\":\"acme\"}}").getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".sig" + n;
    }
}
