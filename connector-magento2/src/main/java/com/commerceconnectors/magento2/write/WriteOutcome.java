package com.commerceconnectors.magento2.write;

import java.util.Locale;

/** What a write did to the record. */
public enum WriteOutcome {
    CREATED,
    UPDATED,
    DELETED;

    /** The value of header CamelMagento2WriteOutcome: {@code created}, {@code updated} or {@code deleted}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
