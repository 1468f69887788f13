package com.commerceconnectors.core.check;

import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.FailureReason;

/** The outcome classes of a connection test; the {@code category} of the test-connection JSON (a contract). */
public enum TestCategory {
    OK,
    CONFIGURATION,
    AUTHENTICATION,
    AUTHORIZATION,
    NETWORK,
    TLS,
    CLOCK_SKEW,
    RATE_LIMITED,
    SERVER;

    /** The test category of a failed call. */
    public static TestCategory of(ApiException e) {
        return switch (e.category()) {
            case CONFIGURATION, NOT_FOUND, CONFLICT, VALIDATION -> CONFIGURATION;
            case AUTHENTICATION -> AUTHENTICATION;
            case AUTHORIZATION -> AUTHORIZATION;
            case NETWORK -> NETWORK;
            case TLS -> TLS;
            case CLOCK_SKEW -> CLOCK_SKEW;
            case RATE_LIMITED -> RATE_LIMITED;
            case SERVER -> SERVER;
            // an HTML page or a redirect where the API should answer: baseUri points somewhere else
            case PROTOCOL -> e.reason() == FailureReason.HTML_PAGE || e.reason() == FailureReason.REDIRECT
                    || e.reason() == FailureReason.NOT_JSON ? CONFIGURATION : SERVER;
        };
    }
}
