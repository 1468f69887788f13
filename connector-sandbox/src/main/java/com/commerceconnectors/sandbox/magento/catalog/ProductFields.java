package com.commerceconnectors.sandbox.magento.catalog;

import com.commerceconnectors.sandbox.magento.search.FieldCatalog;
import com.commerceconnectors.sandbox.magento.search.FieldDef;
import com.commerceconnectors.sandbox.magento.search.FieldType;

import java.util.Optional;

/**
 * What {@code /V1/products} can filter and sort on: the product entity's static columns, its EAV attributes
 * (store-view values where set) and the {@code category_id} filter Magento adds. {@code store_id},
 * {@code website_id} and other non-attributes are refused like on a real store.
 */
final class ProductFields {

    static final FieldCatalog<Product> CATALOG = FieldCatalog.<Product>eav(Product::id)
            .field("entity_id", FieldType.INTEGER, (p, s) -> p.id())
            .field("sku", FieldType.TEXT, (p, s) -> p.sku())
            .field("name", FieldType.TEXT, (p, s) -> p.attribute("name", s))
            .field("price", FieldType.DECIMAL, (p, s) -> p.price())
            .field("status", FieldType.INTEGER, (p, s) -> toLong(p.attribute("status", s)))
            .field("visibility", FieldType.INTEGER, (p, s) -> toLong(p.attribute("visibility", s)))
            .field("type_id", FieldType.TEXT, (p, s) -> p.typeId())
            .field("attribute_set_id", FieldType.INTEGER, (p, s) -> (long) p.attributeSetId())
            .field("weight", FieldType.DECIMAL, (p, s) -> p.weight())
            .field("created_at", FieldType.DATETIME, (p, s) -> p.createdAt())
            .field("updated_at", FieldType.DATETIME, (p, s) -> p.updatedAt())
            .field("category_id", FieldType.ID_SET, (p, s) -> p.categoryIds())
            .dynamic(ProductFields::customAttribute);

    private ProductFields() {
    }

    private static Optional<FieldDef<Product>> customAttribute(String code) {
        return ProductAttribute.custom(code)
                .map(attribute -> new FieldDef<>(code, attribute.type(), (p, s) -> p.attribute(code, s)));
    }

    private static Long toLong(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Number) {
            return ((Number) value).longValue();
        }
        try {
            return Long.parseLong(value.toString().trim());
        } catch (NumberFormatException e) {
            return 0L;
        }
    }
}
