package com.commerceconnectors.cli.check;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outcome of a connection test, field for field the {@code test-connection --json} object (a contract):
 * {@code {"ok", "connector", "authType", "httpStatus", "latencyMs", "category", "message", "hint", "details"}}.
 *
 * @param ok         whether the connection works
 * @param connector  the connector id, e.g. {@code magento2}; {@code null} when the document could not be read
 * @param authType   the auth type, e.g. {@code requestAuth}; {@code null} when unknown
 * @param httpStatus the probe's HTTP status; {@code null} when no answer came
 * @param latencyMs  how long the test took
 * @param category   OK, CONFIGURATION, AUTHENTICATION, AUTHORIZATION, NETWORK, TLS, CLOCK_SKEW, RATE_LIMITED or SERVER
 * @param message    what happened
 * @param hint       what to do; {@code null} when ok
 * @param details    what was learned (never a secret)
 */
public record ConnectionVerdict(boolean ok, String connector, String authType, Integer httpStatus, long latencyMs,
                                String category, String message, String hint, Map<String, Object> details) {

    public static final String OK = "OK";
    public static final String CONFIGURATION = "CONFIGURATION";

    public ConnectionVerdict {
        details = details == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    /** A failure found before any request was sent. */
    public static ConnectionVerdict configurationProblem(String connector, String authType, String message, String hint,
                                                         Map<String, Object> details) {
        return new ConnectionVerdict(false, connector, authType, null, 0, CONFIGURATION, message, hint, details);
    }

    /** Reads the body of a {@code testConnection} operation (a map with the contract's keys). */
    static ConnectionVerdict fromBody(Map<?, ?> body) {
        Object status = body.get("httpStatus");
        Object latency = body.get("latencyMs");
        Object details = body.get("details");
        Map<String, Object> detailMap = new LinkedHashMap<>();
        if (details instanceof Map<?, ?> map) {
            map.forEach((k, v) -> detailMap.put(String.valueOf(k), v));
        }
        return new ConnectionVerdict(
                Boolean.TRUE.equals(body.get("ok")),
                text(body.get("connector")),
                text(body.get("authType")),
                status instanceof Number n && n.intValue() != 0 ? n.intValue() : null,
                latency instanceof Number n ? n.longValue() : 0,
                body.get("category") == null ? CONFIGURATION : String.valueOf(body.get("category")),
                body.get("message") == null ? "(no message)" : String.valueOf(body.get("message")),
                text(body.get("hint")),
                detailMap);
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    /** The fields in contract order, for JSON output. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ok", ok);
        m.put("connector", connector);
        m.put("authType", authType);
        m.put("httpStatus", httpStatus);
        m.put("latencyMs", latencyMs);
        m.put("category", category);
        m.put("message", message);
        m.put("hint", hint);
        m.put("details", details);
        return m;
    }
}
