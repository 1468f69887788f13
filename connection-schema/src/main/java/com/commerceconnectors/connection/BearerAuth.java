package com.commerceconnectors.connection;

import java.util.Objects;

/** {@code {type: bearer, token}}: a static token sent as {@code Authorization: Bearer}. */
public record BearerAuth(Secret token) implements Auth {
    public BearerAuth {
        Objects.requireNonNull(token, "token");
    }

    @Override
    public String type() {
        return "bearer";
    }
}
