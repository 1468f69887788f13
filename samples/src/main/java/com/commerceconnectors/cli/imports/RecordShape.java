package com.commerceconnectors.cli.imports;

import com.commerceconnectors.magento2.api.MagentoResource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How records of one resource look in the input: the wrapper a record may come in ({@code {"product": …}},
 * JSON:API's {@code {"data": …}}), where its key is (a product's {@code sku}, a JSON:API resource's
 * {@code attributes.sku}), and the fields a platform assigns itself, which are dropped before a record is sent because
 * they describe the store the record came from, not the one it goes to.
 *
 * @param wrapper      the wrapper field, or {@code null} when the resource has none
 * @param keyPath      the path to the field whose value identifies the record, e.g. {@code [attributes, sku]}
 * @param caseBlindKey whether keys compare without regard to case (Magento compares SKUs as MySQL does)
 * @param assigned     paths of the fields the platform assigns, dropped from the record
 */
record RecordShape(String wrapper, List<String> keyPath, boolean caseBlindKey, List<List<String>> assigned) {

    RecordShape {
        keyPath = List.copyOf(keyPath);
        if (keyPath.isEmpty()) {
            throw new IllegalArgumentException("a record shape needs a key field");
        }
        assigned = assigned.stream().map(List::copyOf).toList();
    }

    /**
     * The shape of a magento2 resource, from the connector's own resource table. A product is named by its SKU, so
     * its entity {@code id} (which in another shop names another product, or none) and its timestamps (which the
     * shop stamps on save) are dropped, as are the stock item's row ids; every other resource keeps its fields.
     */
    static RecordShape magento2(String resource) {
        MagentoResource profile = MagentoResource.of(resource);
        if (!profile.numericKey()) {
            return new RecordShape(profile.wrapper(), List.of(profile.keyField()), true,
                    List.of(List.of("id"), List.of("created_at"), List.of("updated_at"),
                            List.of("extension_attributes", "stock_item", "item_id"),
                            List.of("extension_attributes", "stock_item", "product_id")));
        }
        return new RecordShape(profile.wrapper(), List.of(profile.keyField()), false, List.of());
    }

    /**
     * The shape of a JSON:API resource object ({@code type}, {@code id}, {@code attributes}, {@code relationships}),
     * as the oro and commercelayer connectors export it, named by one of its attributes. Its {@code id}, links, meta
     * and timestamps belong to the store it came from and are dropped; relationships are kept as they are.
     */
    static RecordShape jsonApi(String keyAttribute) {
        return new RecordShape("data", List.of("attributes", keyAttribute), false,
                List.of(List.of("id"), List.of("links"), List.of("meta"),
                        List.of("attributes", "createdAt"), List.of("attributes", "updatedAt"),
                        List.of("attributes", "created_at"), List.of("attributes", "updated_at")));
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
        JsonNode value = record(object);
        for (String step : keyPath) {
            value = value == null ? null : value.get(step);
        }
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

    /** The name of the key field, as messages show it, e.g. {@code sku} or {@code attributes.code}. */
    String keyName() {
        return String.join(".", keyPath);
    }

    /** The key as the platform compares it, so records naming one record meet in one sending lane. */
    String laneKey(String key) {
        return caseBlindKey ? key.toLowerCase(Locale.ROOT) : key;
    }

    /** Drops the fields the platform assigns itself (in place: the object was parsed for this one send). */
    ObjectNode prepare(ObjectNode object) {
        ObjectNode record = record(object);
        for (List<String> path : assigned) {
            JsonNode parent = record;
            for (int i = 0; i < path.size() - 1 && parent != null; i++) {
                parent = parent.get(path.get(i));
            }
            if (parent instanceof ObjectNode holder) {
                holder.remove(path.get(path.size() - 1));
            }
        }
        return object;
    }
}
