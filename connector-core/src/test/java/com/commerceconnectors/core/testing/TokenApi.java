package com.commerceconnectors.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A token endpoint and a protected resource, Magento style: the endpoint takes {"username","password"} and answers
 * with a token in the format the test chooses; the resource wants {@code Authorization: Bearer <a token still valid>}.
 */
public final class TokenApi {

    public static final String TOKEN_PATH = "/rest/V1/integration/admin/token";
    public static final String API_PATH = "/rest/V1/products";
    public static final String REFUSED = "The account sign-in was incorrect or your account is disabled temporarily. "
            + "Please wait and try again later.";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String username;
    private final String password;
    private final AtomicInteger issued = new AtomicInteger();
    private final Set<String> valid = ConcurrentHashMap.newKeySet();
    private volatile IntFunction<String> answer = n -> "\"tok-" + n + "\"";
    private volatile CountDownLatch gate;

    public TokenApi(String username, String password) {
        this.username = username;
        this.password = password;
    }

    public TokenApi mount(TestServer server) {
        server.route(TOKEN_PATH, this::token);
        server.route(API_PATH, this::api);
        return this;
    }

    /** How the n-th token answer's body is written; the token itself is {@code tok-n} unless the answer says otherwise. */
    public TokenApi answering(IntFunction<String> bodyForN) {
        this.answer = bodyForN;
        return this;
    }

    /** Token requests wait until {@link #open()}. */
    public TokenApi gated() {
        this.gate = new CountDownLatch(1);
        return this;
    }

    public void open() {
        CountDownLatch g = gate;
        if (g != null) {
            g.countDown();
        }
    }

    /** Makes every token issued so far invalid (a password change, the cleanup cron). */
    public void revokeAll() {
        valid.clear();
    }

    /** Accepts this token value at the resource (for answers whose token is not tok-n). */
    public void accept(String token) {
        valid.add(token);
    }

    public int issued() {
        return issued.get();
    }

    private Reply token(RecordedRequest request) throws Exception {
        CountDownLatch g = gate;
        if (g != null && !g.await(10, TimeUnit.SECONDS)) {
            return Reply.json(500, "{\"message\":\"gate never opened\"}");
        }
        JsonNode body = JSON.readTree(request.body());
        if (body == null || !username.equals(body.path("username").asText()) || !password.equals(body.path("password").asText())) {
            return Reply.json(401, "{\"message\":\"" + REFUSED + "\"}");
        }
        int n = issued.incrementAndGet();
        valid.add("tok-" + n);
        return Reply.json(200, answer.apply(n));
    }

    private Reply api(RecordedRequest request) {
        String auth = request.header("Authorization");
        if (auth != null && auth.startsWith("Bearer ") && valid.contains(auth.substring(7))) {
            return Reply.json(200, "{\"items\":[],\"total_count\":0}");
        }
        return Reply.json(401, "{\"message\":\"The consumer isn't authorized to access %resources.\","
                + "\"parameters\":{\"resources\":\"Magento_Catalog::products\"}}");
    }
}
