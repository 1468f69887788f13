package com.commerceconnectors.sandbox.commercelayer.auth;

import com.commerceconnectors.sandbox.commercelayer.CommerceLayerSettings;
import com.commerceconnectors.sandbox.commercelayer.ratelimit.SlidingWindowLimiter;
import com.commerceconnectors.sandbox.commercelayer.store.ResourceStore;
import com.commerceconnectors.sandbox.http.SandboxRequest;
import com.commerceconnectors.sandbox.http.SandboxResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * The emulated {@code auth.commercelayer.io}: {@code POST /oauth/token}, behind a limit of
 * {@code authRequestsPerMinute} requests in any sliding minute of the sandbox clock (429, no reset header), and
 * {@code POST /oauth/revoke}; answers and errors are shaped as the real server sends them.
 */
public final class AuthServer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_TYPE = "application/json; charset=utf-8";
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final Applications applications = new Applications();
    private final CustomerLogins customers = new CustomerLogins();
    private final AuthCounters counters = new AuthCounters();
    private final TokenRegistry registry = new TokenRegistry();
    private final SlidingWindowLimiter limiter = new SlidingWindowLimiter();
    private final JwtSigner signer = new JwtSigner();
    private final CommerceLayerSettings settings;
    private final Clock clock;
    private final TokenEndpoint tokens;
    private final RevokeEndpoint revoke;
    private final BearerAuthenticator bearer;

    /** @param defaultIssuer the {@code iss} of tokens unless the settings name another */
    public AuthServer(ResourceStore store, CommerceLayerSettings settings, Organization organization,
                      Supplier<URI> defaultIssuer, Clock clock) {
        this.settings = settings;
        this.clock = clock;
        TokenIssuer issuer = new TokenIssuer(signer, registry, settings, organization, defaultIssuer, clock);
        this.tokens = new TokenEndpoint(applications, new ScopeResolver(store), issuer, registry, customers,
                new AssertionReader(store), settings, counters, clock);
        this.revoke = new RevokeEndpoint(applications, signer, registry);
        this.bearer = new BearerAuthenticator(signer, registry, applications, clock);
    }

    /** Answers a request whose path below the auth root is {@code path}, e.g. {@code /oauth/token}. */
    public SandboxResponse handle(SandboxRequest request, String path) {
        try {
            if (!path.equals("/oauth/token") && !path.equals("/oauth/revoke")) {
                return SandboxResponse.text(404, JSON_TYPE, "{\"errors\":[{\"title\":\"not_found\",\"detail\":"
                        + "\"The requested resource was not found.\",\"code\":\"NOT_FOUND\",\"status\":404}]}");
            }
            if (!request.method().equals("POST")) {
                return SandboxResponse.text(405, JSON_TYPE, "{\"errors\":[{\"title\":\"method_not_allowed\","
                        + "\"detail\":\"Use POST.\",\"code\":\"METHOD_NOT_ALLOWED\",\"status\":405}]}")
                        .withHeader("Allow", "POST");
            }
            if (path.equals("/oauth/revoke")) {
                revoke.handle(request);
                return SandboxResponse.text(200, JSON_TYPE, "{}");
            }
            // Commerce Layer limits the token endpoint only; every request counts, refused grants included.
            if (!limiter.acquire("token", clock.instant(), settings.authRequestsPerMinute(), MINUTE).allowed()) {
                counters.recordRateLimited();
                throw OAuthError.tooManyRequests();
            }
            return tokenAnswer(tokens.handle(request));
        } catch (OAuthError e) {
            return error(e);
        }
    }

    public BearerAuthenticator bearer() {
        return bearer;
    }

    public Applications applications() {
        return applications;
    }

    public CustomerLogins customers() {
        return customers;
    }

    public AuthCounters counters() {
        return counters;
    }

    /** Revoke requests that revoked a token the server knew. */
    public int revocations() {
        return registry.revocations();
    }

    /** Forgets the token endpoint's rate-limit window (tokens and revocations stay). */
    public void resetRateLimit() {
        limiter.reset();
    }

    private static SandboxResponse tokenAnswer(IssuedToken token) {
        ObjectNode body = JSON.createObjectNode();
        body.put("access_token", token.accessToken());
        body.put("token_type", "bearer");
        body.put("expires_in", token.expiresIn());
        if (token.refreshToken() != null) {
            body.put("refresh_token", token.refreshToken());
        }
        body.put("scope", token.scope());
        body.put("created_at", token.createdAt().getEpochSecond());
        if (token.owner() != null) {
            body.put("owner_id", token.owner().id());
            body.put("owner_type", token.owner().answerType());
        }
        return SandboxResponse.bytes(200, JSON_TYPE, body.toString().getBytes(StandardCharsets.UTF_8))
                .withHeader("Cache-Control", "no-store");
    }

    private static SandboxResponse error(OAuthError e) {
        ObjectNode body = JSON.createObjectNode();
        ObjectNode error = body.putArray("errors").addObject();
        error.put("title", e.title());
        error.put("detail", e.detail());
        error.put("code", e.code());
        error.put("status", e.status());
        return SandboxResponse.bytes(e.status(), JSON_TYPE, body.toString().getBytes(StandardCharsets.UTF_8));
    }
}
