package com.commerceconnectors.core.jsonapi;

import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.core.error.FailureReason;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A JSON:API top-level document as a connector hands it on: its primary resources, each with the {@code included}
 * resources its relationships name put in place of their identifiers, so a route reads
 * {@code relationships.owner.data.attributes.username} instead of looking the owner up itself.
 * <p>
 * Resolution goes one level deep: an included resource keeps its own relationships as identifiers, which keeps
 * cyclic graphs (an order's customer's orders) finite. Identifiers without an included resource stay as they are.
 */
public final class JsonApiDocument {

    private final JsonNode root;
    private final JsonNode data;
    private final Map<String, JsonNode> included;

    private JsonApiDocument(JsonNode root, JsonNode data, Map<String, JsonNode> included) {
        this.root = root;
        this.data = data;
        this.included = included;
    }

    /**
     * @param platformName for the error message, e.g. {@code Oro}
     * @throws ApiException PROTOCOL when {@code root} is not a JSON:API document with {@code data}
     */
    public static JsonApiDocument of(JsonNode root, String platformName) {
        Objects.requireNonNull(platformName, "platformName");
        if (root == null || !root.isObject()) {
            throw notADocument(platformName, "the answer is not a JSON object");
        }
        JsonNode data = root.get("data");
        if (data == null || !(data.isArray() || data.isObject() || data.isNull())) {
            throw notADocument(platformName, root.has("errors")
                    ? "the answer carries errors but a success status" : "the answer has no \"data\" member");
        }
        Map<String, JsonNode> included = new HashMap<>();
        JsonNode inc = root.get("included");
        if (inc != null && inc.isArray()) {
            for (JsonNode resource : inc) {
                key(resource).ifPresent(k -> included.put(k, resource));
            }
        }
        return new JsonApiDocument(root, data, included);
    }

    /** Whether {@code data} is a list (a collection answer) rather than one resource. */
    public boolean isCollection() {
        return data.isArray();
    }

    /**
     * The primary resources (none for {@code data: null}): with included resources, copies with them resolved; without,
     * the resources themselves.
     */
    public List<ObjectNode> records() {
        List<ObjectNode> out = new ArrayList<>();
        if (data.isArray()) {
            for (JsonNode resource : data) {
                if (resource.isObject()) {
                    out.add(resolve((ObjectNode) resource));
                }
            }
        } else if (data.isObject()) {
            out.add(resolve((ObjectNode) data));
        }
        return out;
    }

    /** The one primary resource of a single-resource answer. */
    public Optional<ObjectNode> record() {
        return data.isObject() ? Optional.of(resolve((ObjectNode) data)) : Optional.empty();
    }

    /** How many primary resources the document holds. */
    public int size() {
        return data.isArray() ? data.size() : data.isObject() ? 1 : 0;
    }

    /** The top-level {@code meta}, e.g. Commerce Layer's {@code record_count} and {@code page_count}. */
    public Optional<JsonNode> meta() {
        return Optional.ofNullable(root.get("meta")).filter(JsonNode::isObject);
    }

    /** A top-level link ({@code self}, {@code next}, {@code last}, …), as a string or a link object's {@code href}. */
    public Optional<String> link(String name) {
        JsonNode links = root.get("links");
        if (links == null || !links.isObject()) {
            return Optional.empty();
        }
        JsonNode link = links.get(name);
        if (link == null || link.isNull()) {
            return Optional.empty();
        }
        if (link.isTextual()) {
            return Optional.of(link.asText());
        }
        JsonNode href = link.get("href");
        return href != null && href.isTextual() ? Optional.of(href.asText()) : Optional.empty();
    }

    private ObjectNode resolve(ObjectNode resource) {
        if (included.isEmpty()) {
            // nothing to resolve: the parsed answer is this document's alone, so its resources need no copy
            return resource;
        }
        ObjectNode copy = resource.deepCopy();
        JsonNode relationships = copy.get("relationships");
        if (relationships == null || !relationships.isObject()) {
            return copy;
        }
        Iterator<JsonNode> each = relationships.elements();
        while (each.hasNext()) {
            JsonNode relationship = each.next();
            if (!relationship.isObject()) {
                continue;
            }
            JsonNode linkage = relationship.get("data");
            if (linkage != null && linkage.isObject()) {
                JsonNode found = lookup(linkage);
                if (found != null) {
                    ((ObjectNode) relationship).set("data", found.deepCopy());
                }
            } else if (linkage != null && linkage.isArray()) {
                ArrayNode resolved = ((ArrayNode) linkage);
                for (int i = 0; i < resolved.size(); i++) {
                    JsonNode found = lookup(resolved.get(i));
                    if (found != null) {
                        resolved.set(i, found.deepCopy());
                    }
                }
            }
        }
        return copy;
    }

    private JsonNode lookup(JsonNode identifier) {
        return key(identifier).map(included::get).orElse(null);
    }

    private static Optional<String> key(JsonNode resource) {
        if (resource == null || !resource.isObject()) {
            return Optional.empty();
        }
        JsonNode type = resource.get("type");
        JsonNode id = resource.get("id");
        if (type == null || id == null || !type.isTextual() || id.isNull() || id.isContainerNode()) {
            return Optional.empty();
        }
        return Optional.of(type.asText() + '\u0000' + id.asText());
    }

    private static ApiException notADocument(String platformName, String what) {
        return ApiException.builder(ErrorCategory.PROTOCOL, FailureReason.NOT_JSON)
                .summary(platformName + " did not answer with a JSON:API document: " + what)
                .advice("Check baseUri and the API path: a proxy or another application may be answering")
                .build();
    }

    @Override
    public String toString() {
        return "JsonApiDocument[" + size() + " record(s), " + included.size() + " included]";
    }
}
