package com.commerceconnectors.core.http;

import java.io.IOException;

/**
 * A SOCKS5 agent would not open the tunnel: it refused our credentials or the connection, or it did not speak SOCKS5.
 * The transport turns it into an {@link com.commerceconnectors.core.error.ApiException} that names the agent, not the
 * platform, as the one that refused. Messages name hosts and reply codes only, never credentials.
 */
final class Socks5Exception extends IOException {

    private static final long serialVersionUID = 1L;

    private final String advice;
    private final boolean transientFailure;

    /**
     * @param transientFailure whether trying again later may succeed (the agent's network, not its configuration)
     */
    Socks5Exception(String message, String advice, boolean transientFailure) {
        super(message);
        this.advice = advice;
        this.transientFailure = transientFailure;
    }

    String advice() {
        return advice;
    }

    boolean transientFailure() {
        return transientFailure;
    }
}
