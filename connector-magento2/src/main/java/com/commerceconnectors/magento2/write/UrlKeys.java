package com.commerceconnectors.magento2.write;

import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.magento2.support.MagentoFieldErrors;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A product's URL key as the record carries it: an entry {@code {"attribute_code": "url_key", "value": …}} of its
 * {@code custom_attributes}. Magento formats whatever key a save sends and derives one from the name for a new
 * product that sends none; a key another product of the store has is refused with 400 "URL key for specified store
 * already exists.", which names neither the key nor the product.
 */
final class UrlKeys {

    static final String ATTRIBUTE = "url_key";

    private UrlKeys() {
    }

    /** The key the record sends, or {@code null}. */
    static String sent(ObjectNode record) {
        JsonNode attributes = record.get("custom_attributes");
        if (attributes != null && attributes.isArray()) {
            for (JsonNode attribute : attributes) {
                if (ATTRIBUTE.equals(attribute.path("attribute_code").asText(null))) {
                    JsonNode value = attribute.get("value");
                    return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
                }
            }
        }
        JsonNode top = record.get(ATTRIBUTE);
        return top == null || top.isNull() || top.asText().isBlank() ? null : top.asText();
    }

    /** The record with {@code key} as its URL key (Magento formats it on save). */
    static RecordInput withKey(RecordInput input, String key) {
        ObjectNode record = input.record().deepCopy();
        JsonNode existing = record.get("custom_attributes");
        ArrayNode attributes = existing instanceof ArrayNode array ? array : record.putArray("custom_attributes");
        attributes.addObject().put("attribute_code", ATTRIBUTE).put("value", key);
        return new RecordInput(input.resource(), record, input.extras(), input.key());
    }

    /** Whether Magento refused the save for its URL key. */
    static boolean clashed(ApiException e) {
        return MagentoFieldErrors.fields(e).contains(ATTRIBUTE);
    }

    /**
     * The refusal with what the record's key was made from and what to do: Magento's message says neither which key
     * clashed nor why that one.
     */
    static ApiException explained(ApiException e, RecordInput input) {
        String sent = sent(input.record());
        JsonNode name = input.record().get("name");
        String from = sent != null ? "the record's url_key '" + sent + "'"
                : name != null && name.isTextual() ? "its name '" + name.asText() + "' (Magento's default for a new"
                + " product without a url_key)"
                : "the product's name (Magento's default for a new product without a url_key)";
        return e.toBuilder().advice("Correct the record and send it again: the URL key Magento made from " + from
                + " is already used by another product or category of this store; send a unique url_key in"
                + " custom_attributes, or have new products' keys made from their SKUs (urlKeyFrom=sku)").build();
    }
}
