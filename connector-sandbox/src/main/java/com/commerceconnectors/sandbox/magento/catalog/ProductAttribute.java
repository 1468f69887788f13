package com.commerceconnectors.sandbox.magento.catalog;

import com.commerceconnectors.sandbox.magento.search.FieldType;

import java.util.Map;
import java.util.Optional;

/**
 * The product EAV attributes the emulated catalogue knows: how each compares in a filter and whether it is
 * store-view scoped (a value saved through a store view becomes an override for that view only).
 */
public record ProductAttribute(String code, FieldType type, boolean storeScoped, boolean multiValued) {

    private static final Map<String, ProductAttribute> CUSTOM = Map.ofEntries(
            scoped("description", FieldType.TEXT),
            scoped("short_description", FieldType.TEXT),
            scoped("url_key", FieldType.TEXT),
            scoped("meta_title", FieldType.TEXT),
            scoped("meta_keyword", FieldType.TEXT),
            scoped("meta_description", FieldType.TEXT),
            global("tax_class_id", FieldType.INTEGER),
            global("color", FieldType.INTEGER),
            global("size", FieldType.INTEGER),
            global("manufacturer", FieldType.INTEGER),
            global("material", FieldType.TEXT),
            global("special_price", FieldType.DECIMAL),
            global("special_from_date", FieldType.DATETIME),
            global("special_to_date", FieldType.DATETIME),
            global("cost", FieldType.DECIMAL),
            global("msrp", FieldType.DECIMAL),
            global("country_of_manufacture", FieldType.TEXT),
            global("news_from_date", FieldType.DATETIME),
            global("news_to_date", FieldType.DATETIME),
            global("gift_message_available", FieldType.INTEGER),
            global("options_container", FieldType.TEXT),
            global("required_options", FieldType.INTEGER),
            global("has_options", FieldType.INTEGER),
            global("image", FieldType.TEXT),
            global("small_image", FieldType.TEXT),
            global("thumbnail", FieldType.TEXT),
            global("swatch_image", FieldType.TEXT),
            global("page_layout", FieldType.TEXT),
            // A static attribute without a column: Magento's SQL breaks when it is filtered on (#8665).
            Map.entry("category_ids", new ProductAttribute("category_ids", FieldType.BROKEN, false, true)));

    /** A custom attribute (one listed in {@code custom_attributes}). */
    public static Optional<ProductAttribute> custom(String code) {
        return Optional.ofNullable(CUSTOM.get(code));
    }

    /** Whether a value of this code is saved per store view when written through one. */
    public static boolean isStoreScoped(String code) {
        if (code.equals("name") || code.equals("status") || code.equals("visibility")) {
            return true;
        }
        ProductAttribute attribute = CUSTOM.get(code);
        return attribute != null && attribute.storeScoped();
    }

    private static Map.Entry<String, ProductAttribute> scoped(String code, FieldType type) {
        return Map.entry(code, new ProductAttribute(code, type, true, false));
    }

    private static Map.Entry<String, ProductAttribute> global(String code, FieldType type) {
        return Map.entry(code, new ProductAttribute(code, type, false, false));
    }
}
