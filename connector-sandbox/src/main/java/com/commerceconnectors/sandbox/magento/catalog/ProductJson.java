package com.commerceconnectors.sandbox.magento.catalog;

import com.commerceconnectors.sandbox.magento.web.MagentoJson;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/** A product in Magento's REST shape ({@code ProductInterface}), for one store view's values. */
final class ProductJson {

    private ProductJson() {
    }

    /** @param product already resolved for the store view ({@link Product#inStore(int)}) */
    static void write(JsonGenerator json, Product product) throws IOException {
        json.writeStartObject();
        json.writeNumberField("id", product.id());
        json.writeStringField("sku", product.sku());
        MagentoJson.stringIfPresent(json, "name", product.name());
        json.writeNumberField("attribute_set_id", product.attributeSetId());
        if (product.price() != null) {
            MagentoJson.decimal(json, "price", product.price());
        }
        json.writeNumberField("status", product.status());
        json.writeNumberField("visibility", product.visibility());
        json.writeStringField("type_id", product.typeId());
        MagentoJson.time(json, "created_at", product.createdAt());
        MagentoJson.time(json, "updated_at", product.updatedAt());
        if (product.weight() != null) {
            MagentoJson.decimal(json, "weight", product.weight());
        }
        json.writeObjectFieldStart("extension_attributes");
        json.writeArrayFieldStart("website_ids");
        for (int websiteId : product.websiteIds()) {
            json.writeNumber(websiteId);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("category_links");
        int position = 0;
        for (String categoryId : product.categoryIds()) {
            json.writeStartObject();
            json.writeNumberField("position", position++);
            json.writeStringField("category_id", categoryId);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        for (String emptyList : List.of("product_links", "options", "media_gallery_entries", "tier_prices")) {
            json.writeArrayFieldStart(emptyList);
            json.writeEndArray();
        }
        json.writeArrayFieldStart("custom_attributes");
        for (Map.Entry<String, Object> attribute : product.customAttributes().entrySet()) {
            json.writeStartObject();
            json.writeStringField("attribute_code", attribute.getKey());
            json.writeFieldName("value");
            if (attribute.getValue() instanceof List) {
                json.writeStartArray();
                for (Object item : (List<?>) attribute.getValue()) {
                    json.writeString(String.valueOf(item));
                }
                json.writeEndArray();
            } else {
                json.writeString(String.valueOf(attribute.getValue()));
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }
}
