package com.commerceconnectors.sandbox.oro.web;

import com.commerceconnectors.sandbox.oro.data.FieldType;
import com.commerceconnectors.sandbox.oro.data.OroData;
import com.commerceconnectors.sandbox.oro.data.Relation;
import com.commerceconnectors.sandbox.oro.data.ResourceType;
import com.commerceconnectors.sandbox.oro.jsonapi.ApiProblem;
import com.commerceconnectors.sandbox.oro.jsonapi.JsonApi;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The primary data of a create or update request, checked the way Oro's API checks it: a {@code data} object of
 * the endpoint's type (409 otherwise), for an update the {@code id} of the URL (409 otherwise), only known
 * attributes and relationships ("extra fields constraint"), values of the right type, related resources that
 * exist. Read-only attributes ({@code createdAt}, {@code updatedAt}) are ignored, as Oro ignores them.
 *
 * @param attributes    the attributes sent, already converted to their stored form
 * @param relationships the relationships sent (empty list for a null to-one)
 */
record RequestDocument(ObjectNode attributes, Map<String, List<Long>> relationships) {

    static RequestDocument read(byte[] body, ResourceType type, Optional<Long> expectedId, OroData data) {
        JsonNode root;
        try {
            root = body.length == 0 ? null : JsonApi.mapper().readTree(body);
        } catch (IOException e) {
            throw ApiProblem.of(400, "bad request http exception", "Invalid json message received");
        }
        if (root == null || !root.isObject()) {
            throw ApiProblem.pointer(400, "request data constraint", "The request data should not be empty.", "");
        }
        JsonNode primary = root.path("data");
        if (!primary.isObject()) {
            throw ApiProblem.pointer(400, "request data constraint", "The primary data object should exist.",
                    "/data");
        }
        JsonNode typeNode = primary.path("type");
        if (!typeNode.isTextual() || typeNode.asText().isEmpty()) {
            throw ApiProblem.pointer(400, "request data constraint",
                    "The primary data object should have 'type' property.", "/data/type");
        }
        if (!typeNode.asText().equals(type.name())) {
            throw ApiProblem.pointer(409, "conflict constraint",
                    "The 'type' property of the primary data object should match the requested resource.",
                    "/data/type");
        }
        if (expectedId.isPresent()) {
            JsonNode id = primary.path("id");
            if (!id.isTextual() && !id.isIntegralNumber()) {
                throw ApiProblem.pointer(400, "request data constraint",
                        "The primary data object should have 'id' property.", "/data/id");
            }
            if (!id.asText().equals(Long.toString(expectedId.get()))) {
                throw ApiProblem.pointer(409, "conflict constraint", "The 'id' property of the primary data object "
                        + "should match the 'id' parameter of the query sting.", "/data/id");
            }
        }
        ObjectNode attributes = attributes(primary.path("attributes"), type);
        Map<String, List<Long>> relationships = relationships(primary.path("relationships"), type, data);
        return new RequestDocument(attributes, relationships);
    }

    private static ObjectNode attributes(JsonNode node, ResourceType type) {
        ObjectNode out = JsonApi.mapper().createObjectNode();
        if (node.isMissingNode() || node.isNull()) {
            return out;
        }
        if (!node.isObject()) {
            throw ApiProblem.pointer(400, "request data constraint", "The 'attributes' property should be an object.",
                    "/data/attributes");
        }
        List<String> extra = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            FieldType fieldType = type.attributes().get(field.getKey());
            if (fieldType == null) {
                extra.add(field.getKey());
                continue;
            }
            if (type.isReadOnly(field.getKey())) {
                continue;
            }
            out.set(field.getKey(), convert(fieldType, field.getValue(), "/data/attributes/" + field.getKey()));
        }
        if (!extra.isEmpty()) {
            throw ApiProblem.pointer(400, "extra fields constraint",
                    "This form should not contain extra fields: \"" + String.join("\", \"", extra) + "\".",
                    "/data/attributes");
        }
        return out;
    }

    private static JsonNode convert(FieldType type, JsonNode value, String pointer) {
        if (value.isNull()) {
            return value;
        }
        boolean valid;
        switch (type) {
            case STRING:
                valid = value.isTextual();
                break;
            case INTEGER:
                valid = value.isIntegralNumber() || (value.isTextual() && value.asText().matches("-?\\d{1,18}"));
                if (valid) {
                    return JsonApi.mapper().getNodeFactory().numberNode(value.asLong());
                }
                break;
            case DECIMAL:
                valid = value.isNumber() || (value.isTextual() && isDecimal(value.asText()));
                if (valid) {
                    return JsonApi.mapper().getNodeFactory().textNode(new BigDecimal(value.asText()).toPlainString());
                }
                break;
            case BOOLEAN:
                valid = value.isBoolean();
                break;
            case OBJECT:
                valid = value.isContainerNode();
                break;
            default:
                valid = value.isTextual();
        }
        if (!valid) {
            throw ApiProblem.pointer(400, "form constraint", "This value is not valid.", pointer);
        }
        return value.deepCopy();
    }

    private static boolean isDecimal(String text) {
        try {
            new BigDecimal(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Map<String, List<Long>> relationships(JsonNode node, ResourceType type, OroData data) {
        Map<String, List<Long>> out = new LinkedHashMap<>();
        if (node.isMissingNode() || node.isNull()) {
            return out;
        }
        if (!node.isObject()) {
            throw ApiProblem.pointer(400, "request data constraint",
                    "The 'relationships' property should be an object.", "/data/relationships");
        }
        List<String> extra = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            Optional<Relation> relation = type.relation(field.getKey());
            if (relation.isEmpty()) {
                extra.add(field.getKey());
                continue;
            }
            String pointer = "/data/relationships/" + field.getKey() + "/data";
            JsonNode linkage = field.getValue().path("data");
            if (linkage.isMissingNode()) {
                throw ApiProblem.pointer(400, "request data constraint",
                        "The relationship should have 'data' property.", pointer);
            }
            List<Long> ids = new ArrayList<>();
            if (relation.get().toMany()) {
                if (!linkage.isArray()) {
                    throw ApiProblem.pointer(400, "request data constraint",
                            "The 'data' property should be an array.", pointer);
                }
                int index = 0;
                for (JsonNode item : linkage) {
                    ids.add(identifier(item, relation.get(), data, pointer + "/" + index++));
                }
            } else if (!linkage.isNull()) {
                ids.add(identifier(linkage, relation.get(), data, pointer));
            }
            out.put(field.getKey(), List.copyOf(ids));
        }
        if (!extra.isEmpty()) {
            throw ApiProblem.pointer(400, "extra fields constraint",
                    "This form should not contain extra fields: \"" + String.join("\", \"", extra) + "\".",
                    "/data/relationships");
        }
        return out;
    }

    private static long identifier(JsonNode item, Relation relation, OroData data, String pointer) {
        if (!item.isObject() || !item.path("type").isTextual()
                || !(item.path("id").isTextual() || item.path("id").isIntegralNumber())) {
            throw ApiProblem.pointer(400, "request data constraint",
                    "The resource identifier object should have 'type' and 'id' properties.", pointer);
        }
        if (!item.path("type").asText().equals(relation.targetType())) {
            throw ApiProblem.pointer(400, "form constraint", "This value is not valid.", pointer);
        }
        long id;
        try {
            id = Long.parseLong(item.path("id").asText());
        } catch (NumberFormatException e) {
            throw ApiProblem.pointer(400, "form constraint", "This value is not valid.", pointer);
        }
        if (!data.exists(relation.targetType(), id)) {
            throw ApiProblem.pointer(400, "form constraint",
                    "The entity \"" + relation.targetType() + "\" with id \"" + id + "\" does not exist.", pointer);
        }
        return id;
    }
}
