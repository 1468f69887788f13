package com.commerceconnectors.oro.write;

import com.commerceconnectors.oro.api.OroResource;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Turns a write's body into the JSON:API resource object Oro takes: {@code {type, id?, attributes?, relationships?}}.
 * Accepted: a resource object, a {@code {"data": …}} document, as a map, JSON text or bytes. The type defaults to
 * the endpoint's resource and must match it; related resources a read resolved from {@code included} go back as the
 * identifiers ({@code {type, id}}) Oro expects, so an exported record can be imported as it is. Members Oro does not
 * take in a write ({@code links}, {@code meta}, {@code included}) are dropped.
 */
public final class ResourceObjectReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ResourceObjectReader() {
    }

    /**
     * @param operation for messages: the operation reading the body
     * @throws IllegalArgumentException saying what the body should look like
     */
    public static ObjectNode read(Object body, OroResource resource, String operation) {
        JsonNode node = toJson(body, operation);
        if (node.has("data")) {
            node = node.get("data");
        }
        if (!node.isObject()) {
            throw new IllegalArgumentException(operation + " needs one JSON:API resource object"
                    + " ({\"type\": \"" + resource.type() + "\", \"attributes\": {…}, \"relationships\": {…}}) or a"
                    + " {\"data\": …} document; got " + kind(node));
        }
        ObjectNode in = (ObjectNode) node;
        if (!in.has("attributes") && !in.has("relationships") && !in.has("type") && !in.has("id")) {
            throw new IllegalArgumentException(operation + " needs a JSON:API resource object with attributes and/or"
                    + " relationships, e.g. {\"type\": \"" + resource.type() + "\", \"attributes\": {\"sku\": \"A-1\"}};"
                    + " the body has none of type, id, attributes, relationships");
        }
        ObjectNode out = JSON.createObjectNode();
        JsonNode type = in.get("type");
        if (type != null && !(type.isTextual() && type.asText().equals(resource.type()))) {
            throw new IllegalArgumentException(operation + " of oro:" + resource.name() + " got a record of type '"
                    + type.asText() + "': send it to oro:" + type.asText() + " or set type to '" + resource.type() + "'");
        }
        out.put("type", resource.type());
        JsonNode id = in.get("id");
        if (id != null && !id.isNull()) {
            if (!id.isValueNode() || id.asText().isBlank()) {
                throw new IllegalArgumentException(operation + ": the record's id must be a string or a number");
            }
            out.put("id", id.asText());
        }
        JsonNode attributes = in.get("attributes");
        if (attributes != null && !attributes.isNull()) {
            if (!attributes.isObject()) {
                throw new IllegalArgumentException(operation + ": attributes must be an object");
            }
            out.set("attributes", attributes.deepCopy());
        }
        JsonNode relationships = in.get("relationships");
        if (relationships != null && !relationships.isNull()) {
            if (!relationships.isObject()) {
                throw new IllegalArgumentException(operation + ": relationships must be an object");
            }
            out.set("relationships", identifiersOnly((ObjectNode) relationships, operation));
        }
        return out;
    }

    /** The id a get or delete body names: a bare id (text or number), or a record's id. */
    public static String readId(Object body, OroResource resource, String operation) {
        if (body instanceof CharSequence s && !s.toString().strip().startsWith("{")) {
            return s.toString().strip();
        }
        if (body instanceof Number n) {
            return n.toString();
        }
        if (body == null) {
            return null;
        }
        JsonNode id = read(body, resource, operation).get("id");
        return id == null ? null : id.asText();
    }

    private static ObjectNode identifiersOnly(ObjectNode relationships, String operation) {
        ObjectNode out = JSON.createObjectNode();
        for (Map.Entry<String, JsonNode> field : relationships.properties()) {
            JsonNode data = field.getValue().isObject() ? field.getValue().get("data") : null;
            if (data == null) {
                throw new IllegalArgumentException(operation + ": relationship '" + field.getKey() + "' has no data"
                        + " (write {\"data\": {\"type\": …, \"id\": …}}, a list of those, or null)");
            }
            ObjectNode relationship = out.putObject(field.getKey());
            if (data.isArray()) {
                ArrayNode list = relationship.putArray("data");
                data.forEach(item -> list.add(identifier(item, field.getKey(), operation)));
            } else if (data.isNull()) {
                relationship.putNull("data");
            } else {
                relationship.set("data", identifier(data, field.getKey(), operation));
            }
        }
        return out;
    }

    private static ObjectNode identifier(JsonNode linkage, String name, String operation) {
        JsonNode type = linkage.get("type");
        JsonNode id = linkage.get("id");
        if (type == null || !type.isTextual() || id == null || !id.isValueNode()) {
            throw new IllegalArgumentException(operation + ": relationship '" + name + "' names a resource without"
                    + " type and id");
        }
        ObjectNode out = JSON.createObjectNode();
        out.put("type", type.asText());
        out.put("id", id.asText());
        return out;
    }

    private static JsonNode toJson(Object body, String operation) {
        if (body == null) {
            throw new IllegalArgumentException(operation + " needs the record in the body; it is empty");
        }
        try {
            if (body instanceof JsonNode n) {
                return n;
            }
            if (body instanceof byte[] bytes) {
                return JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
            }
            if (body instanceof CharSequence text) {
                return JSON.readTree(text.toString());
            }
            return JSON.valueToTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(operation + " needs the record as JSON; the body is not valid JSON ("
                    + e.getOriginalMessage() + ")");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(operation + " cannot read a " + body.getClass().getSimpleName()
                    + " as a record: send a map, JSON text or a JSON:API resource object");
        }
    }

    private static String kind(JsonNode node) {
        return node.isArray() ? "a list" : node.isNull() ? "null" : node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
