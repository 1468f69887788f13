package com.commerceconnectors.commercelayer.write;

import com.commerceconnectors.commercelayer.api.ResourcePath;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * A record to write, read from an exchange body: a JSON:API resource object ({@code {type, id?, attributes,
 * relationships?}}), a document ({@code {"data": …}}), or the bare attributes ({@code {"code": …, "name": …}}); as a
 * Map, a JSON string or bytes. A resource as the consumer exported it (read-only timestamps, included resources
 * resolved into its relationships) is accepted too: what Commerce Layer does not take on a write (timestamps,
 * to-many relationships, links) is dropped.
 *
 * @param type       the JSON:API type
 * @param id         the record's id; {@code null} when the input names none
 * @param attributes the attributes to write
 * @param relationships to-one relationships as resource identifiers; empty when none
 */
public record RecordInput(String type, String id, ObjectNode attributes, ObjectNode relationships) {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Attributes Commerce Layer sets itself. */
    private static final Set<String> READ_ONLY = Set.of("created_at", "updated_at");

    /** The record in the body, with the id from {@code headerId} when the body has none. */
    public static RecordInput read(Object body, ResourcePath resource, String headerId, String operation) {
        JsonNode node = toJson(body, operation);
        if (!node.isObject()) {
            throw new IllegalArgumentException(operation + " needs a record in the body: a JSON:API resource object"
                    + " {\"type\", \"attributes\"}, a {\"data\": …} document, or the attributes as a JSON object");
        }
        ObjectNode resourceObject = (ObjectNode) node;
        if (resourceObject.has("data")) {
            JsonNode data = resourceObject.get("data");
            if (!data.isObject()) {
                throw new IllegalArgumentException(operation + " takes one record; the body's \"data\" is not an object");
            }
            resourceObject = (ObjectNode) data;
        }
        boolean isResource = resourceObject.has("attributes") || resourceObject.has("relationships");
        String type = isResource && resourceObject.hasNonNull("type") ? resourceObject.get("type").asText() : resource.type();
        if (!type.equals(resource.type())) {
            throw new IllegalArgumentException(operation + " on " + resource.type() + " got a record of type " + type);
        }
        ObjectNode attributes = isResource
                ? (resourceObject.get("attributes") instanceof ObjectNode a ? a.deepCopy() : JSON.createObjectNode())
                : resourceObject.deepCopy();
        READ_ONLY.forEach(attributes::remove);
        String bodyId = isResource && resourceObject.hasNonNull("id") ? resourceObject.get("id").asText() : null;
        String id = reconcile(bodyId, headerId, operation);
        ObjectNode relationships = isResource ? identifiers(resourceObject.get("relationships")) : JSON.createObjectNode();
        return new RecordInput(type, id, attributes, relationships);
    }

    /** The id a delete names: the header, a bare id body, or the id of the record in the body. */
    public static String readId(Object body, ResourcePath resource, String headerId, String operation) {
        if (body == null || body instanceof String s && s.isBlank()) {
            return require(headerId, resource, operation);
        }
        if (body instanceof String s && !s.strip().startsWith("{")) {
            return reconcile(s.strip(), headerId, operation);
        }
        return require(read(body, resource, headerId, operation).id(), resource, operation);
    }

    /** The JSON:API document to send: {@code {"data": {type, id?, attributes, relationships?}}}. */
    public ObjectNode toDocument(String withId) {
        ObjectNode document = JSON.createObjectNode();
        ObjectNode data = document.putObject("data");
        data.put("type", type);
        if (withId != null) {
            data.put("id", withId);
        }
        data.set("attributes", attributes);
        if (!relationships.isEmpty()) {
            data.set("relationships", relationships);
        }
        return document;
    }

    /** The value of an attribute as text, if present. */
    public String attribute(String name) {
        JsonNode v = attributes.get(name);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }

    private static String require(String id, ResourcePath resource, String operation) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(operation + " needs the id of the " + resource.type() + " record in"
                    + " header CamelCommerceLayerResourceId, in the body, or as the record's id");
        }
        return id;
    }

    private static String reconcile(String bodyId, String headerId, String operation) {
        if (bodyId != null && headerId != null && !bodyId.equals(headerId)) {
            throw new IllegalArgumentException(operation + ": the record's id " + bodyId + " and header"
                    + " CamelCommerceLayerResourceId " + headerId + " differ");
        }
        return bodyId != null ? bodyId : headerId;
    }

    /**
     * Keeps to-one relationships, as identifiers (an exported record has included resources resolved into them).
     * To-many relationships (a SKU's prices) are written from the other side in Commerce Layer, which refuses them.
     */
    private static ObjectNode identifiers(JsonNode relationships) {
        ObjectNode out = JSON.createObjectNode();
        if (relationships == null || !relationships.isObject()) {
            return out;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = relationships.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            JsonNode data = f.getValue().get("data");
            if (data == null) {
                continue; // links only: nothing to write
            }
            if (data.isObject()) {
                out.putObject(f.getKey()).set("data", identifier(data));
            } else if (data.isNull()) {
                out.putObject(f.getKey()).putNull("data");
            }
        }
        return out;
    }

    private static ObjectNode identifier(JsonNode resource) {
        ObjectNode id = JSON.createObjectNode();
        id.put("type", resource.path("type").asText());
        id.put("id", resource.path("id").asText());
        return id;
    }

    private static JsonNode toJson(Object body, String operation) {
        try {
            if (body instanceof JsonNode n) {
                return n;
            }
            if (body instanceof String s) {
                return JSON.readTree(s);
            }
            if (body instanceof byte[] b) {
                return JSON.readTree(new String(b, StandardCharsets.UTF_8));
            }
            if (body == null) {
                throw new IllegalArgumentException(operation + " needs a record in the body");
            }
            return JSON.valueToTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(operation + ": the body is not JSON (" + e.getOriginalMessage() + ")");
        }
    }
}
