package com.commerceconnectors.oro.write;

import java.util.Locale;

/** What a write did, as header CamelOroWriteOutcome says it. */
public enum WriteOutcome {
    CREATED, UPDATED, DELETED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
