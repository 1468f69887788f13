package com.commerceconnectors.core.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The result of a connection test, in the shape of the {@code test-connection --json} output (a contract):
 * {@code {"ok", "connector", "authType", "httpStatus", "latencyMs", "category", "message", "hint", "details"}}.
 * Never holds a stack trace or a secret.
 *
 * @param ok         whether the probe succeeded
 * @param connector  the connector id, e.g. {@code magento2}
 * @param authType   the auth type, e.g. {@code requestAuth}
 * @param httpStatus the probe's final HTTP status; 0 when no answer came
 * @param latencyMs  how long the test took
 * @param category   what kind of outcome
 * @param message    what happened
 * @param hint       what to do; {@code null} when ok
 * @param details    what was learned, sanitized (e.g. token claims, the probe's URI with secrets masked)
 */
public record TestResult(
        boolean ok,
        String connector,
        String authType,
        int httpStatus,
        long latencyMs,
        TestCategory category,
        String message,
        String hint,
        Map<String, Object> details) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public TestResult {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(message, "message");
        details = details == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(details));
    }

    public TestResult withMessage(String newMessage) {
        return new TestResult(ok, connector, authType, httpStatus, latencyMs, category, newMessage, hint, details);
    }

    public TestResult withHint(String newHint) {
        return new TestResult(ok, connector, authType, httpStatus, latencyMs, category, message, newHint, details);
    }

    public TestResult withCategory(TestCategory newCategory) {
        return new TestResult(newCategory == TestCategory.OK, connector, authType, httpStatus, latencyMs, newCategory,
                message, hint, details);
    }

    /** A copy with one more detail (replacing one of the same key); values should be strings, numbers, booleans, lists or maps. */
    public TestResult withDetail(String key, Object value) {
        Map<String, Object> d = new LinkedHashMap<>(details);
        d.put(key, value);
        return new TestResult(ok, connector, authType, httpStatus, latencyMs, category, message, hint, d);
    }

    /** The fields in contract order; {@code httpStatus} is {@code null} when no answer came. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ok", ok);
        m.put("connector", connector);
        m.put("authType", authType);
        m.put("httpStatus", httpStatus == 0 ? null : httpStatus);
        m.put("latencyMs", latencyMs);
        m.put("category", category.name());
        m.put("message", message);
        m.put("hint", hint);
        m.put("details", details);
        return m;
    }

    /** One JSON object, as {@code test-connection --json} prints it. */
    public String toJson() {
        try {
            return JSON.writeValueAsString(toMap());
        } catch (JsonProcessingException e) {
            // details hold only plain values; this cannot happen with what the tester puts there
            throw new IllegalStateException("test result not serialisable: " + e.getOriginalMessage(), e);
        }
    }
}
