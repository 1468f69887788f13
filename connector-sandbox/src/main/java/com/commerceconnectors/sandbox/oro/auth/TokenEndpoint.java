package com.commerceconnectors.sandbox.oro.auth;

import com.commerceconnectors.sandbox.http.SandboxRequest;
import com.commerceconnectors.sandbox.http.SandboxResponse;
import com.commerceconnectors.sandbox.http.UrlDecoding;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code POST <app>/oauth2-token}: the client-credentials, password and refresh-token grants of Oro's OAuth server.
 * The body is JSON (as Oro documents it) or a form; the client authenticates in the body or with HTTP Basic.
 * Answers {@code {"token_type":"Bearer","expires_in":N,"access_token":"<JWT>"}}, plus a {@code refresh_token} for
 * the password and refresh grants.
 */
public final class TokenEndpoint {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final OAuthClients clients;
    private final CustomerLogins customers;
    private final AccessTokens accessTokens;
    private final RefreshTokens refreshTokens;
    private final Clock clock;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger issued = new AtomicInteger();

    public TokenEndpoint(OAuthClients clients, CustomerLogins customers, AccessTokens accessTokens,
                         RefreshTokens refreshTokens, Clock clock) {
        this.clients = clients;
        this.customers = customers;
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.clock = clock;
    }

    public SandboxResponse handle(SandboxRequest request) {
        if (!request.method().equals("POST")) {
            return SandboxResponse.text(405, SandboxResponse.JSON,
                    "{\"message\":\"Method Not Allowed (Allow: POST)\"}").withHeader("Allow", "POST");
        }
        requests.incrementAndGet();
        try {
            return grant(parameters(request), request);
        } catch (OAuthError e) {
            SandboxResponse response = e.toResponse();
            if (e.status() == 401 && "invalid_client".equals(e.error())
                    && request.header("Authorization").filter(h -> h.regionMatches(true, 0, "Basic ", 0, 6))
                    .isPresent()) {
                response = response.withHeader("WWW-Authenticate", "Basic realm=\"OAuth\"");
            }
            return response;
        }
    }

    /** Token requests received (any outcome). */
    public int requests() {
        return requests.get();
    }

    /** Access tokens issued. */
    public int issued() {
        return issued.get();
    }

    public void resetCounters() {
        requests.set(0);
        issued.set(0);
    }

    private SandboxResponse grant(Map<String, String> params, SandboxRequest request) {
        String grantType = params.get("grant_type");
        if (grantType == null || !(grantType.equals(OAuthClient.CLIENT_CREDENTIALS)
                || grantType.equals(OAuthClient.PASSWORD) || grantType.equals(OAuthClient.REFRESH_TOKEN))) {
            throw OAuthError.unsupportedGrantType();
        }
        String[] basic = basicCredentials(request);
        String clientId = basic != null ? basic[0] : params.get("client_id");
        String clientSecret = basic != null ? basic[1] : params.get("client_secret");
        if (clientId == null || clientId.isEmpty()) {
            throw OAuthError.invalidRequest("client_id");
        }
        OAuthClient client = clients.authenticate(clientId, clientSecret, grantType)
                .orElseThrow(OAuthError::invalidClient);
        accessTokens.purgeExpired();
        switch (grantType) {
            case OAuthClient.CLIENT_CREDENTIALS:
                return tokenResponse(client, new Caller(client.api(), client.clientId(), client.ownerUserId()),
                        false);
            case OAuthClient.PASSWORD:
                return tokenResponse(client, passwordCaller(client, params), true);
            default:
                String refreshToken = required(params, "refresh_token");
                RefreshTokens.Redemption redemption = refreshTokens.redeem(refreshToken, client.clientId());
                RefreshTokens.Redeemed redeemed = redemption.redeemed()
                        .orElseThrow(() -> OAuthError.invalidRefreshToken(redemption.refusal().hint()));
                accessTokens.revoke(redeemed.accessJti());
                return tokenResponse(client, redeemed.caller(), true);
        }
    }

    private Caller passwordCaller(OAuthClient client, Map<String, String> params) {
        String username = required(params, "username");
        String password = required(params, "password");
        if (client.api() != ApiKind.STOREFRONT) {
            // The sandbox's back-office applications are client-credentials ones; Oro checks users the same way.
            throw OAuthError.invalidCredentials();
        }
        return customers.authenticate(username, password).orElseThrow(OAuthError::invalidCredentials);
    }

    private SandboxResponse tokenResponse(OAuthClient client, Caller caller, boolean withRefresh) {
        AccessTokens.Issued token = accessTokens.issue(client, caller);
        issued.incrementAndGet();
        ObjectNode body = JSON.createObjectNode();
        body.put("token_type", "Bearer");
        body.put("expires_in", Math.max(0, token.expiresAt().getEpochSecond() - clock.instant().getEpochSecond()));
        body.put("access_token", token.token());
        if (withRefresh) {
            body.put("refresh_token", refreshTokens.issue(client.clientId(), caller, token.jti()));
        }
        return SandboxResponse.text(200, SandboxResponse.JSON, body.toString())
                .withHeader("Cache-Control", "no-store")
                .withHeader("Pragma", "no-cache");
    }

    private static String required(Map<String, String> params, String name) {
        String value = params.get(name);
        if (value == null || value.isEmpty()) {
            throw OAuthError.invalidRequest(name);
        }
        return value;
    }

    /** JSON object or form fields; anything else counts as no parameters (the grant type is then missing). */
    private static Map<String, String> parameters(SandboxRequest request) {
        Map<String, String> params = new HashMap<>();
        String contentType = request.header("Content-Type").orElse("").toLowerCase(Locale.ROOT);
        String body = request.bodyText();
        if (contentType.contains("json") || body.stripLeading().startsWith("{")) {
            try {
                JsonNode json = JSON.readTree(body);
                if (json != null && json.isObject()) {
                    for (Map.Entry<String, JsonNode> field : json.properties()) {
                        if (field.getValue().isValueNode()) {
                            params.put(field.getKey(), field.getValue().asText());
                        }
                    }
                }
            } catch (IOException e) {
                return params;
            }
            return params;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(UrlDecoding.phpUrlDecode(pair.substring(0, eq)),
                        UrlDecoding.phpUrlDecode(pair.substring(eq + 1)));
            }
        }
        return params;
    }

    private static String[] basicCredentials(SandboxRequest request) {
        Optional<String> header = request.header("Authorization");
        if (header.isEmpty() || !header.get().regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.get().substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
