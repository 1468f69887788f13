package com.commerceconnectors.sandbox.magento.catalog;

import com.commerceconnectors.sandbox.magento.search.FieldCatalog;
import com.commerceconnectors.sandbox.magento.search.FieldType;

/** What {@code /V1/categories/list} can filter and sort on. */
final class CategoryFields {

    private CategoryFields() {
    }

    static FieldCatalog<Category> catalog(CategoryTree tree) {
        return FieldCatalog.<Category>eav(Category::id)
                .field("entity_id", FieldType.INTEGER, (c, s) -> c.id())
                .field("parent_id", FieldType.INTEGER, (c, s) -> c.parentId())
                .field("name", FieldType.TEXT, (c, s) -> c.name())
                .field("is_active", FieldType.INTEGER, (c, s) -> c.active() ? 1L : 0L)
                .field("position", FieldType.INTEGER, (c, s) -> (long) c.position())
                .field("level", FieldType.INTEGER, (c, s) -> (long) c.level())
                .field("include_in_menu", FieldType.INTEGER, (c, s) -> c.includeInMenu() ? 1L : 0L)
                .field("url_key", FieldType.TEXT, (c, s) -> c.urlKey())
                .field("path", FieldType.TEXT, (c, s) -> tree.path(c))
                .field("created_at", FieldType.DATETIME, (c, s) -> c.createdAt())
                .field("updated_at", FieldType.DATETIME, (c, s) -> c.updatedAt());
    }
}
