package com.commerceconnectors.core.error;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The one exception the connectors throw for a failed platform call. Its message says what happened and what to do,
 * in words an operator understands; the fields let code decide (retry, fail the exchange, report a category).
 * <p>
 * It never holds a secret: the request URI is kept with sensitive query values masked ({@link SafeUri}), no header
 * values are kept, and token-endpoint answers are never quoted.
 */
public final class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorCategory category;
    private final FailureReason reason;
    private final int status;
    private final String summary;
    private final String platformMessage;
    private final String advice;
    private final boolean retryable;
    private final Duration retryAfter;
    private final String method;
    private final String safeUri;
    private final Instant serverDate;

    private ApiException(Builder b) {
        super(compose(b), b.cause);
        this.category = b.category;
        this.reason = b.reason;
        this.status = b.status;
        this.summary = b.summary;
        this.platformMessage = b.platformMessage;
        this.advice = b.advice;
        this.retryable = b.retryable;
        this.retryAfter = b.retryAfter;
        this.method = b.method;
        this.safeUri = b.safeUri;
        this.serverDate = b.serverDate;
    }

    public static Builder builder(ErrorCategory category, FailureReason reason) {
        return new Builder(category, reason);
    }

    /** A configuration error: nothing was sent, and nothing will work until the configuration changes. */
    public static ApiException configuration(String whatIsWrong, String whatToDo) {
        return builder(ErrorCategory.CONFIGURATION, FailureReason.INVALID_CONFIGURATION)
                .summary(whatIsWrong).advice(whatToDo).build();
    }

    /** A copy to change or add to, e.g. to note how many attempts were made. */
    public Builder toBuilder() {
        Builder b = new Builder(category, reason);
        b.status = status;
        b.summary = summary;
        b.platformMessage = platformMessage;
        b.advice = advice;
        b.retryable = retryable;
        b.retryAfter = retryAfter;
        b.method = method;
        b.safeUri = safeUri;
        b.serverDate = serverDate;
        b.cause = getCause();
        return b;
    }

    public ErrorCategory category() {
        return category;
    }

    public FailureReason reason() {
        return reason;
    }

    /** The HTTP status the platform answered with; 0 when there was no answer. */
    public int status() {
        return status;
    }

    /** What happened, in one sentence (the first part of the message). */
    public String summary() {
        return summary;
    }

    /** The platform's own error message, decoded from its answer, if it gave one. */
    public Optional<String> platformMessage() {
        return Optional.ofNullable(platformMessage);
    }

    /** What to do about it (the second part of the message), if anything useful can be said. */
    public Optional<String> advice() {
        return Optional.ofNullable(advice);
    }

    /**
     * Whether sending the same request again later may succeed and is safe: a transient failure, and either an
     * idempotent request or one the platform provably did not process.
     */
    public boolean retryable() {
        return retryable;
    }

    /** How long the platform asked to wait ({@code Retry-After}), if it said. */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /** The request's HTTP method, when a request was involved. */
    public Optional<String> method() {
        return Optional.ofNullable(method);
    }

    /** The request's URI with the values of sensitive query parameters masked, when a request was involved. */
    public Optional<String> safeUri() {
        return Optional.ofNullable(safeUri);
    }

    /** The platform's {@code Date} header, when it answered with one; used to detect clock skew. */
    public Optional<Instant> serverDate() {
        return Optional.ofNullable(serverDate);
    }

    private static String compose(Builder b) {
        StringBuilder m = new StringBuilder(Sentences.end(b.summary));
        if (b.advice != null && !b.advice.isBlank()) {
            m.append(' ').append(Sentences.end(b.advice));
        }
        if (b.method != null && b.safeUri != null) {
            m.append(" (").append(b.method).append(' ').append(b.safeUri).append(')');
        }
        return m.toString();
    }

    /** Collects the fields; {@link #summary(String)} is required. */
    public static final class Builder {
        private final ErrorCategory category;
        private FailureReason reason;
        private int status;
        private String summary;
        private String platformMessage;
        private String advice;
        private boolean retryable;
        private Duration retryAfter;
        private String method;
        private String safeUri;
        private Instant serverDate;
        private Throwable cause;

        private Builder(ErrorCategory category, FailureReason reason) {
            this.category = Objects.requireNonNull(category, "category");
            this.reason = Objects.requireNonNull(reason, "reason");
        }

        public FailureReason reason() {
            return reason;
        }

        public Builder reason(FailureReason newReason) {
            this.reason = Objects.requireNonNull(newReason, "reason");
            return this;
        }

        public Builder status(int status) {
            this.status = status;
            return this;
        }

        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        public Builder platformMessage(String platformMessage) {
            this.platformMessage = platformMessage;
            return this;
        }

        public Builder advice(String advice) {
            this.advice = advice;
            return this;
        }

        public Builder retryable(boolean retryable) {
            this.retryable = retryable;
            return this;
        }

        public Builder retryAfter(Duration retryAfter) {
            this.retryAfter = retryAfter;
            return this;
        }

        /** The request involved; the URI is stored masked. */
        public Builder request(String method, java.net.URI uri) {
            this.method = method;
            this.safeUri = uri == null ? null : SafeUri.of(uri);
            return this;
        }

        public Builder serverDate(Instant serverDate) {
            this.serverDate = serverDate;
            return this;
        }

        /** The low-level cause (an I/O or TLS exception); its message must not hold a secret. */
        public Builder cause(Throwable cause) {
            this.cause = cause;
            return this;
        }

        public ApiException build() {
            Objects.requireNonNull(summary, "summary");
            return new ApiException(this);
        }
    }
}
