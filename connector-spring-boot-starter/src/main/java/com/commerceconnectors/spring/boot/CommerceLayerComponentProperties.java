package com.commerceconnectors.spring.boot;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Map;

/**
 * The {@code commercelayer:} component's options: {@code camel.component.commercelayer.*}. An unknown key under the
 * prefix stops startup and is named in the failure report.
 */
@ConfigurationProperties(prefix = CommerceLayerComponentProperties.PREFIX, ignoreUnknownFields = false)
public class CommerceLayerComponentProperties extends ConnectorComponentProperties {

    public static final String PREFIX = "camel.component.commercelayer";

    /**
     * How many times a request is tried in all when Commerce Layer is rate limiting (429: a Retry-After is honoured;
     * without one the request waits the window's X-Ratelimit-Interval, 60 s, since its sliding windows send no reset
     * time), unavailable or drops the connection (waits from up to 1 s, doubling with full jitter; writes only when
     * provably not processed).
     */
    private int retryMaxAttempts = 6;

    /**
     * Whether the access tokens of the oauth2 connections this component's endpoints used are revoked when the
     * CamelContext stops (after the routes stopped), so they do not outlive the application. A failed revocation is
     * logged, not thrown.
     */
    private boolean revokeOnShutdown;

    /**
     * Whether requests are paced by the X-Ratelimit-Limit, -Interval and -Remaining headers of Commerce Layer's
     * answers, so that its per-IP sliding windows are not exceeded: requests of one organisation and request class
     * (cacheable reads, other reads, writes) are spaced to the rate the limit allows and wait while the window is
     * full, across every endpoint and connection of the CamelContext. A 429 that comes anyway waits for the window's
     * interval. Turn it off only where nothing enforces the limits (a sandbox without enforcement).
     */
    private boolean rateLimitPacing = true;

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    protected void addSchemeOptions(Map<String, Object> options) {
        options.put("retryMaxAttempts", retryMaxAttempts);
        options.put("revokeOnShutdown", revokeOnShutdown);
        options.put("rateLimitPacing", rateLimitPacing);
    }

    public int getRetryMaxAttempts() {
        return retryMaxAttempts;
    }

    public void setRetryMaxAttempts(int retryMaxAttempts) {
        this.retryMaxAttempts = retryMaxAttempts;
    }

    public boolean isRevokeOnShutdown() {
        return revokeOnShutdown;
    }

    public void setRevokeOnShutdown(boolean revokeOnShutdown) {
        this.revokeOnShutdown = revokeOnShutdown;
    }

    public boolean isRateLimitPacing() {
        return rateLimitPacing;
    }

    public void setRateLimitPacing(boolean rateLimitPacing) {
        this.rateLimitPacing = rateLimitPacing;
    }
}
