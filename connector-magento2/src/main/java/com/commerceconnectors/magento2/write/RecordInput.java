package com.commerceconnectors.magento2.write;

import com.commerceconnectors.magento2.api.MagentoResource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigInteger;
import java.util.Objects;

/**
 * A record to write, as read from an exchange: the bare record, what came beside it in a wrapped body (e.g. a new
 * customer's {@code password}), and its key.
 *
 * @param resource the resource written
 * @param record   the bare record ({@code {"sku": …}}, not {@code {"product": {…}}})
 * @param extras   the other top-level fields of a wrapped body; empty when the body was bare
 * @param key      the record key from header CamelMagento2ResourceKey or the record; {@code null} when neither has one
 */
public record RecordInput(MagentoResource resource, ObjectNode record, ObjectNode extras, String key) {

    public RecordInput {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(record, "record");
        extras = extras != null ? extras : JsonNodeFactory.instance.objectNode();
    }

    /** The key as the record itself has it, or {@code null}. */
    public String recordKey() {
        return RecordInputReader.keyText(record.get(resource.keyField()));
    }

    /** The body Magento expects: the record under the resource's wrapper, beside the extras. */
    public ObjectNode body() {
        if (resource.wrapper() == null) {
            return record.deepCopy();
        }
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.set(resource.wrapper(), record.deepCopy());
        extras.fields().forEachRemaining(e -> body.set(e.getKey(), e.getValue().deepCopy()));
        return body;
    }

    /** A copy whose record carries {@code key} in its key field (a number for id keys). */
    public RecordInput withKeyInRecord(String newKey) {
        ObjectNode copy = record.deepCopy();
        if (resource.numericKey()) {
            copy.put(resource.keyField(), new BigInteger(newKey));
        } else {
            copy.put(resource.keyField(), newKey);
        }
        return new RecordInput(resource, copy, extras, newKey);
    }

    /** A copy without the key field, for creating a record whose id Magento assigns. */
    public RecordInput withoutKey() {
        ObjectNode copy = record.deepCopy();
        copy.remove(resource.keyField());
        return new RecordInput(resource, copy, extras, null);
    }

    /**
     * Whether sending this record twice leaves Magento as sending it once. Not so when it uploads images: media
     * gallery entries without an id are added as new images on every save.
     */
    public boolean repeatable() {
        JsonNode media = record.get("media_gallery_entries");
        if (media == null || !media.isArray()) {
            return true;
        }
        for (JsonNode entry : media) {
            if (entry.hasNonNull("content") && !entry.hasNonNull("id")) {
                return false;
            }
        }
        return true;
    }

    /** Never the record's values: they may hold personal data or a new customer's password. */
    @Override
    public String toString() {
        return "RecordInput[" + resource.name() + ", key=" + key + ", " + record.size() + " fields]";
    }
}
