package com.commerceconnectors.sandbox.magento.auth;

import java.time.Instant;

/** What the server remembers about a token it issued (never the token itself, so this can be printed). */
public record IssuedToken(UserType type, long userId, Instant issuedAt, boolean jwt) {
}
