package com.commerceconnectors.sandbox.commercelayer.api;

import com.commerceconnectors.sandbox.commercelayer.jsonapi.JsonApiError;
import com.commerceconnectors.sandbox.commercelayer.jsonapi.JsonApiException;
import com.commerceconnectors.sandbox.commercelayer.jsonapi.QueryParser;
import com.commerceconnectors.sandbox.commercelayer.store.AttributeDef;
import com.commerceconnectors.sandbox.commercelayer.store.RelationshipDef;
import com.commerceconnectors.sandbox.commercelayer.store.ResourceStore;
import com.commerceconnectors.sandbox.commercelayer.store.ResourceType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code data} of a create or update body, checked against the type: {@code type} must be the collection's
 * (409), attributes must exist and be writable (400 {@code PARAM_NOT_ALLOWED}), values must have the attribute's
 * type (422 "is invalid"), relationships must be settable and point at existing resources.
 *
 * @param id            {@code data.id}, or {@code null}
 * @param attributes    typed attribute values as sent ({@code null} clears)
 * @param relationships stored to-one links as sent: relationship name → target id ({@code null} clears)
 */
record WritePayload(String id, Map<String, Object> attributes, Map<String, String> relationships) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static WritePayload read(byte[] body, ResourceType type, ResourceStore store) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            throw JsonApiException.badRequest("The request body is not valid JSON.");
        }
        JsonNode data = root == null ? null : root.get("data");
        if (data == null || !data.isObject()) {
            throw JsonApiException.badRequest("The request body must be a JSON:API document with a data object.");
        }
        String sentType = data.path("type").asText("");
        if (!sentType.equals(type.name())) {
            throw JsonApiException.conflict("The resource type '" + sentType + "' does not match the collection '"
                    + type.name() + "'.");
        }
        String id = data.hasNonNull("id") ? data.get("id").asText() : null;
        Map<String, Object> attributes = new LinkedHashMap<>();
        List<JsonApiError> invalid = new ArrayList<>();
        JsonNode attributeNode = data.path("attributes");
        for (Iterator<Map.Entry<String, JsonNode>> it = attributeNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            AttributeDef attribute = type.attribute(field.getKey()).filter(AttributeDef::writable)
                    .orElseThrow(() -> JsonApiException.paramNotAllowed(field.getKey()));
            Object value = typed(attribute, field.getValue());
            if (value == INVALID) {
                invalid.add(JsonApiException.validation(attribute.name(), "is invalid", "invalid"));
            } else {
                attributes.put(attribute.name(), value);
            }
        }
        if (!invalid.isEmpty()) {
            throw JsonApiException.validationFailed(invalid);
        }
        Map<String, String> relationships = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = data.path("relationships").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            RelationshipDef relationship = type.relationship(field.getKey()).filter(RelationshipDef::stored)
                    .orElseThrow(() -> JsonApiException.paramNotAllowed(field.getKey()));
            JsonNode linkage = field.getValue().get("data");
            if (linkage == null || linkage.isNull()) {
                relationships.put(relationship.name(), null);
                continue;
            }
            String targetType = linkage.path("type").asText("");
            String targetId = linkage.path("id").asText("");
            if (!targetType.equals(relationship.targetType()) || targetId.isEmpty()) {
                throw JsonApiException.badRequest("The relationship " + relationship.name() + " takes a "
                        + relationship.targetType() + " identifier {\"type\", \"id\"}.");
            }
            if (store.find(targetType, targetId).isEmpty()) {
                throw JsonApiException.recordNotFound(targetId);
            }
            relationships.put(relationship.name(), targetId);
        }
        return new WritePayload(id, attributes, relationships);
    }

    private static final Object INVALID = new Object();

    private static Object typed(AttributeDef attribute, JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        switch (attribute.kind()) {
            case STRING:
                return value.isTextual() ? value.asText() : INVALID;
            case INTEGER:
                return value.isIntegralNumber() && value.canConvertToLong() ? (Object) value.asLong() : INVALID;
            case DECIMAL:
                return value.isNumber() ? (Object) value.decimalValue() : INVALID;
            case BOOLEAN:
                return value.isBoolean() ? (Object) value.asBoolean() : INVALID;
            case TIMESTAMP:
                return value.isTextual() ? QueryParser.instant(value.asText()).map(i -> (Object) i).orElse(INVALID)
                        : INVALID;
            default:
                return value.isObject() ? JSON.convertValue(value, Map.class) : INVALID;
        }
    }
}
