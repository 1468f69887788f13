package com.commerceconnectors.sandbox.commercelayer;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * The switches of the emulated organization, each named after what it stands for at Commerce Layer. Changes apply
 * to the next request. Defaults: integration tokens for 2 hours, sales channel tokens for 4 hours, refresh tokens
 * for 2 weeks; tokens issued by the sandbox's auth URI; 30 token requests a minute; no API burst limit; an
 * enterprise organization (JWT bearer allowed); page size 10 by default, 25 at most.
 */
public final class CommerceLayerSettings {

    private volatile Duration integrationTokenLifetime = Duration.ofHours(2);
    private volatile Duration salesChannelTokenLifetime = Duration.ofHours(4);
    private volatile Duration refreshTokenLifetime = Duration.ofDays(14);
    private volatile URI issuer;
    private volatile int authRequestsPerMinute = 30;
    private volatile int apiBurstLimit;
    private volatile Duration apiBurstWindow = Duration.ofSeconds(10);
    private volatile Duration apiRetryAfter;
    private volatile boolean enterprise = true;
    private volatile int defaultPageSize = 10;
    private volatile int maxPageSize = 25;

    public CommerceLayerSettings integrationTokenLifetime(Duration lifetime) {
        this.integrationTokenLifetime = positive(lifetime);
        return this;
    }

    public CommerceLayerSettings salesChannelTokenLifetime(Duration lifetime) {
        this.salesChannelTokenLifetime = positive(lifetime);
        return this;
    }

    public CommerceLayerSettings refreshTokenLifetime(Duration lifetime) {
        this.refreshTokenLifetime = positive(lifetime);
        return this;
    }

    /**
     * The {@code iss} claim of new tokens; {@code null} (the default) means the sandbox's auth URI. Set it to e.g.
     * {@code https://auth.commercelayer.io} to test how a client derives its API base URL from a token.
     */
    public CommerceLayerSettings issuer(URI issuer) {
        this.issuer = issuer;
        return this;
    }

    /** Token requests allowed in any sliding minute before a 429 (30 at Commerce Layer). */
    public CommerceLayerSettings authRequestsPerMinute(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("the auth endpoint must allow at least one request a minute");
        }
        this.authRequestsPerMinute = limit;
        return this;
    }

    /**
     * The burst limit of {@code /api}: at most {@code limit} requests per resource type in any sliding
     * {@code window}; more get 429. 0 (the default) turns it off.
     */
    public CommerceLayerSettings apiBurstLimit(int limit, Duration window) {
        if (limit < 0) {
            throw new IllegalArgumentException("a burst limit cannot be negative; 0 turns it off");
        }
        this.apiBurstLimit = limit;
        this.apiBurstWindow = positive(window);
        return this;
    }

    /**
     * Whether API 429s carry {@code Retry-After} (whole seconds): {@code null}, the default, sends none, as
     * Commerce Layer does; a client must then back off on its own.
     */
    public CommerceLayerSettings apiRetryAfter(Duration retryAfter) {
        if (retryAfter != null && retryAfter.isNegative()) {
            throw new IllegalArgumentException("Retry-After cannot be negative");
        }
        this.apiRetryAfter = retryAfter;
        return this;
    }

    /** Enterprise organizations may use the JWT bearer grant; others get {@code unauthorized_client}. */
    public CommerceLayerSettings enterprise(boolean enterprise) {
        this.enterprise = enterprise;
        return this;
    }

    public CommerceLayerSettings maxPageSize(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("the maximum page size must be at least 1");
        }
        this.maxPageSize = size;
        return this;
    }

    public Duration integrationTokenLifetime() {
        return integrationTokenLifetime;
    }

    public Duration salesChannelTokenLifetime() {
        return salesChannelTokenLifetime;
    }

    public Duration refreshTokenLifetime() {
        return refreshTokenLifetime;
    }

    /** The configured issuer, or {@code null} for the sandbox's auth URI. */
    public URI issuer() {
        return issuer;
    }

    public int authRequestsPerMinute() {
        return authRequestsPerMinute;
    }

    public int apiBurstLimit() {
        return apiBurstLimit;
    }

    public Duration apiBurstWindow() {
        return apiBurstWindow;
    }

    /** {@code null} when 429s carry no {@code Retry-After}. */
    public Duration apiRetryAfter() {
        return apiRetryAfter;
    }

    public boolean enterprise() {
        return enterprise;
    }

    public int defaultPageSize() {
        return defaultPageSize;
    }

    public int maxPageSize() {
        return maxPageSize;
    }

    private static Duration positive(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("a duration must be positive, not " + duration);
        }
        return duration;
    }
}
