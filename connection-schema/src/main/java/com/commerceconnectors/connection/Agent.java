package com.commerceconnectors.connection;

import java.net.URI;
import java.util.Objects;

/**
 * The on-premise agent: requests go through its tunnel entry ({@code http://}, {@code https://} or {@code socks5://}).
 *
 * @param proxyUri the agent's tunnel entry
 * @param username optional proxy user
 * @param password optional proxy password
 */
public record Agent(URI proxyUri, String username, Secret password) {
    public Agent {
        Objects.requireNonNull(proxyUri, "proxyUri");
    }
}
