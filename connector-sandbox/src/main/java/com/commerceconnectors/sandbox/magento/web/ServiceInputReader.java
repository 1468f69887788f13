package com.commerceconnectors.sandbox.magento.web;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How Magento's service input processor walks a request entity such as {@code {"product": {...}}}: the wrapper
 * property is required, {@code null} properties count as not sent, every other property is matched by its
 * {@linkplain InputValues#propertyKey match key}, and a type error is nested under the property it came from and
 * becomes a plain 400 at the top.
 */
public final class ServiceInputReader {

    /** Reads one property of the entity; throws {@link TypeMismatch} or {@link MagentoException} to refuse it. */
    @FunctionalInterface
    public interface PropertyReader {

        /**
         * @param matchKey the property's match key, as {@link InputValues#propertyKey} gives it
         * @param name     the property name as sent, for error messages
         * @param value    the property's value, never JSON {@code null}
         */
        void read(String matchKey, String name, JsonNode value);
    }

    private ServiceInputReader() {
    }

    /** Hands {@code body[wrapper]} to {@code reader}; a missing wrapper or a type error is a 400. */
    public static <T> T readEntity(JsonNode body, String wrapper, Function<JsonNode, T> reader) {
        JsonNode entity = body.get(wrapper);
        if (entity == null || entity.isNull()) {
            throw MagentoException.required(List.of(wrapper));
        }
        try {
            return reader.apply(entity);
        } catch (TypeMismatch e) {
            throw e.toResponse();
        }
    }

    /** Hands every non-null property of {@code entity} (none if it is not an object) to {@code reader}. */
    public static void readProperties(JsonNode entity, PropertyReader reader) {
        Iterator<Map.Entry<String, JsonNode>> fields = entity.isObject() ? entity.fields()
                : Collections.emptyIterator();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (value.isNull()) {
                continue;
            }
            try {
                reader.read(InputValues.propertyKey(key), key, value);
            } catch (TypeMismatch e) {
                throw e.within(key);
            }
        }
    }
}
