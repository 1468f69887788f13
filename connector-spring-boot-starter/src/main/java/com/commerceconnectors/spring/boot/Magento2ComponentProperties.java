package com.commerceconnectors.spring.boot;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Map;

/**
 * The {@code magento2:} component's options: {@code camel.component.magento2.*}. An unknown key under the prefix stops
 * startup and is named in the failure report.
 */
@ConfigurationProperties(prefix = Magento2ComponentProperties.PREFIX, ignoreUnknownFields = false)
public class Magento2ComponentProperties extends ConnectorComponentProperties {

    public static final String PREFIX = "camel.component.magento2";

    /**
     * How many times a request is tried in all when Magento is rate limiting, unavailable or drops the connection
     * (writes only when provably not processed).
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
