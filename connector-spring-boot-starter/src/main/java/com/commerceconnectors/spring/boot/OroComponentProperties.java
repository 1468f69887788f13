package com.commerceconnectors.spring.boot;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Map;

/**
 * The {@code oro:} component's options: {@code camel.component.oro.*}. An unknown key under the prefix stops startup and
 * is named in the failure report.
 */
@ConfigurationProperties(prefix = OroComponentProperties.PREFIX, ignoreUnknownFields = false)
public class OroComponentProperties extends ConnectorComponentProperties {

    public static final String PREFIX = "camel.component.oro";

    /**
     * How many times a request is tried in all when Oro is rate limiting (429), unavailable (503) or drops the
     * connection, waiting as Retry-After asks (writes only when provably not processed). Every attempt is authorized
     * afresh: a new WSSE nonce each time.
     */
    private int retryMaxAttempts = 4;

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    protected void addSchemeOptions(Map<String, Object> options) {
        options.put("retryMaxAttempts", retryMaxAttempts);
    }

    public int getRetryMaxAttempts() {
        return retryMaxAttempts;
    }

    public void setRetryMaxAttempts(int retryMaxAttempts) {
        this.retryMaxAttempts = retryMaxAttempts;
    }
}
