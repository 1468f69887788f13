package com.commerceconnectors.commercelayer.write;

import java.util.Locale;

/** What a write did. */
public enum WriteOutcome {
    CREATED, UPDATED, DELETED;

    /** The header value: created, updated or deleted. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
