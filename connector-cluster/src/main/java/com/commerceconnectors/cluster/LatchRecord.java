package com.commerceconnectors.cluster;

import com.commerceconnectors.core.auth.AuthLatch;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.core.error.FailureReason;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;

/**
 * What one connection's shared sign-in latch znode holds, as JSON:
 * <pre>
 * {"state": "open" | "signingIn" | "latched", "node": "…", "at": "…",
 *  "leaseUntil": "…",                         (signingIn: when another node may take the turn over)
 *  "trial": true|false,                       (signingIn: the one sign-in after a back-off)
 *  "latched": {"since", "until", "refusal": {"category", "reason", "status", "summary", "platformMessage",
 *              "advice", "method", "uri"}}}   (latched, and a trial's latch)
 * </pre>
 * A refusal is stored as the platform answered it, already free of secrets (an {@link ApiException} holds none; its
 * URI is the masked one).
 */
record LatchRecord(State state, String node, Instant at, Instant leaseUntil, boolean trial, Stored latched) {

    private static final ObjectMapper JSON = new ObjectMapper();

    enum State { OPEN, SIGNING_IN, LATCHED }

    /** A latched refusal as stored. */
    record Stored(Instant since, Instant until, ApiException refusal) {

        static Stored of(AuthLatch.Latched latched) {
            return new Stored(latched.since(), latched.until(), latched.refusal());
        }

        AuthLatch.Latched toLatched(String connectionName) {
            return new AuthLatch.Latched(connectionName, refusal, since, until);
        }
    }

    LatchRecord {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(at, "at");
    }

    static LatchRecord open(String node, Instant at) {
        return new LatchRecord(State.OPEN, node, at, null, false, null);
    }

    static LatchRecord signingIn(String node, Instant at, Instant leaseUntil, Stored trialOf) {
        return new LatchRecord(State.SIGNING_IN, node, at, leaseUntil, trialOf != null, trialOf);
    }

    static LatchRecord latched(String node, Instant at, Stored latched) {
        return new LatchRecord(State.LATCHED, node, at, null, false, Objects.requireNonNull(latched, "latched"));
    }

    byte[] toBytes() {
        ObjectNode root = JSON.createObjectNode();
        root.put("state", switch (state) {
            case OPEN -> "open";
            case SIGNING_IN -> "signingIn";
            case LATCHED -> "latched";
        });
        root.put("node", node);
        root.put("at", at.toString());
        if (leaseUntil != null) {
            root.put("leaseUntil", leaseUntil.toString());
        }
        if (state == State.SIGNING_IN) {
            root.put("trial", trial);
        }
        if (latched != null) {
            ObjectNode l = root.putObject("latched");
            l.put("since", latched.since().toString());
            l.put("until", latched.until().toString());
            ApiException r = latched.refusal();
            ObjectNode refusal = l.putObject("refusal");
            refusal.put("category", r.category().name());
            refusal.put("reason", r.reason().name());
            refusal.put("status", r.status());
            refusal.put("summary", r.summary());
            r.platformMessage().ifPresent(m -> refusal.put("platformMessage", m));
            r.advice().ifPresent(a -> refusal.put("advice", a));
            r.method().ifPresent(m -> refusal.put("method", m));
            r.safeUri().ifPresent(u -> refusal.put("uri", u));
        }
        return root.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The record in {@code data}; an empty or unreadable znode reads as open (it latches nothing). */
    static LatchRecord parse(byte[] data) {
        if (data == null || data.length == 0) {
            return open("unknown", Instant.EPOCH);
        }
        JsonNode root;
        try {
            root = JSON.readTree(data);
        } catch (IOException e) {
            return open("unknown", Instant.EPOCH);
        }
        State state = switch (root.path("state").asText()) {
            case "signingIn" -> State.SIGNING_IN;
            case "latched" -> State.LATCHED;
            default -> State.OPEN;
        };
        Stored stored = null;
        JsonNode l = root.get("latched");
        if (l != null && l.isObject()) {
            JsonNode r = l.path("refusal");
            ApiException.Builder refusal = ApiException.builder(
                            enumOf(ErrorCategory.class, r.path("category").asText(), ErrorCategory.AUTHENTICATION),
                            enumOf(FailureReason.class, r.path("reason").asText(), FailureReason.TOKEN_ENDPOINT))
                    .status(r.path("status").asInt(0))
                    .summary(r.path("summary").asText("The platform refused the sign-in"));
            if (r.hasNonNull("platformMessage")) {
                refusal.platformMessage(r.get("platformMessage").asText());
            }
            if (r.hasNonNull("advice")) {
                refusal.advice(r.get("advice").asText());
            }
            if (r.hasNonNull("uri")) {
                refusal.request(r.path("method").asText(null), uriOrNull(r.get("uri").asText()));
            }
            stored = new Stored(instant(l.path("since")), instant(l.path("until")), refusal.build());
        }
        if (state == State.LATCHED && stored == null) {
            state = State.OPEN;
        }
        return new LatchRecord(state, root.path("node").asText("unknown"), instant(root.path("at")),
                root.hasNonNull("leaseUntil") ? instant(root.get("leaseUntil")) : null,
                root.path("trial").asBoolean(false) && stored != null, stored);
    }

    private static Instant instant(JsonNode node) {
        try {
            return Instant.parse(node.asText());
        } catch (RuntimeException e) {
            return Instant.EPOCH;
        }
    }

    private static URI uriOrNull(String text) {
        try {
            return URI.create(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String name, E fallback) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }
}
