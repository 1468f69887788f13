package com.commerceconnectors.sandbox.magento.catalog;

import java.time.LocalDateTime;

/** A catalogue category. Category 1 is the invisible "Root Catalog", 2 the default store root. */
public record Category(long id, long parentId, String name, boolean active, int position, int level,
                       boolean includeInMenu, String urlKey, LocalDateTime createdAt, LocalDateTime updatedAt) {
}
