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
     * How many times a request is tried in all when Commerce Layer is rate limiting (429: its per-IP sliding windows
     * send no reset time, so waits start at up to 1 s and double, with full jitter, to outlast a 10 s burst window; a
     * Retry-After is honoured), unavailable or drops the connection (writes only when provably not processed).
     */
    private int retryMaxAttempts = 6;

    /**
     * Whether the access tokens of the oauth2 connections this component's endpoints used are revoked when the
     * CamelContext stops (after the routes stopped), so they do not outlive the application. A failed revocation is
     * logged, not thrown.
     */
    private boolean revokeOnShutdown;

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    protected void addSchemeOptions(Map<String, Object> options) {
        options.put("retryMaxAttempts", retryMaxAttempts);
        options.put("revokeOnShutdown", revokeOnShutdown);
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
}
