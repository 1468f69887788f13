package com.commerceconnectors.cli.imports;

import com.commerceconnectors.magento2.api.MagentoResource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How records of one resource look in the input: the wrapper a record may come in ({@code {"product": …}}), the
 * field that names it (a product's {@code sku}), and the fields a shop assigns itself, which are dropped before a
 * record is sent because they describe the shop the record came from, not the one it goes to.
 *
 * @param wrapper       the wrapper field, or {@code null} when the resource has none
 * @param keyField      the field whose value identifies the record
 * @param caseBlindKey  whether keys compare without regard to case (Magento compares SKUs as MySQL does)
 * @param assigned      top-level fields the shop assigns, dropped from the record
 * @param assignedStock fields of {@code extension_attributes.stock_item} the shop assigns, dropped as well
 */
record RecordShape(String wrapper, String keyField, boolean caseBlindKey, List<String> assigned,
                   List<String> assignedStock) {

    RecordShape {
        Objects.requireNonNull(keyField, "keyField");
        assigned = List.copyOf(assigned);
        assignedStock = List.copyOf(assignedStock);
    }

    /**
     * The shape of a magento2 resource, from the connector's own resource table. A product is named by its SKU, so
     * its entity {@code id} (which in another shop names another product, or none) and its timestamps (which the
     * shop stamps on save) are dropped, as are the stock item's row ids; every other resource keeps its fields.
     */
    static RecordShape magento2(String resource) {
        MagentoResource profile = MagentoResource.of(resource);
        if (!profile.numericKey()) {
            return new RecordShape(profile.wrapper(), profile.keyField(), true,
                    List.of("id", "created_at", "updated_at"), List.of("item_id", "product_id"));
        }
        return new RecordShape(profile.wrapper(), profile.keyField(), false, List.of(), List.of());
    }

    /** The bare record: the wrapped one when the object is a wrapper, else the object itself. */
    ObjectNode record(ObjectNode object) {
        if (wrapper != null && object.get(wrapper) instanceof ObjectNode inner) {
            return inner;
        }
        return object;
    }

    /** The record's key as text, or {@code null} when it has none or it is not a string or a whole number. */
    String key(ObjectNode object) {
        JsonNode value = record(object).get(keyField);
        if (value == null) {
            return null;
        }
        if (value.isTextual() && !value.asText().isBlank()) {
            return value.asText().strip();
        }
        if (value.isIntegralNumber()) {
            return value.bigIntegerValue().toString();
        }
        return null;
    }

    /** The key as the platform compares it, so records naming one record meet in one sending lane. */
    String laneKey(String key) {
        return caseBlindKey ? key.toLowerCase(Locale.ROOT) : key;
    }

    /** Drops the fields the shop assigns itself (in place: the object was parsed for this one send). */
    ObjectNode prepare(ObjectNode object) {
        ObjectNode record = record(object);
        record.remove(assigned);
        if (!assignedStock.isEmpty() && record.get("extension_attributes") instanceof ObjectNode extension
                && extension.get("stock_item") instanceof ObjectNode stock) {
            stock.remove(assignedStock);
        }
        return object;
    }
}
