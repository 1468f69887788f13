package com.commerceconnectors.connection;

import java.util.Objects;

/** {@code {type: wsse, username, apiKey}}: Oro's WSSE UsernameToken profile. */
public record WsseAuth(String username, Secret apiKey) implements Auth {
    public WsseAuth {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(apiKey, "apiKey");
    }

    @Override
    public String type() {
        return "wsse";
    }
}
