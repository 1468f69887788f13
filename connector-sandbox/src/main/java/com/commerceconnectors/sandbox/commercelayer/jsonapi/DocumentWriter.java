package com.commerceconnectors.sandbox.commercelayer.jsonapi;

import com.commerceconnectors.sandbox.commercelayer.store.RelationshipDef;
import com.commerceconnectors.sandbox.commercelayer.store.Resource;
import com.commerceconnectors.sandbox.commercelayer.store.ResourceStore;
import com.commerceconnectors.sandbox.commercelayer.store.ResourceType;
import com.commerceconnectors.sandbox.commercelayer.store.Schema;
import com.commerceconnectors.sandbox.http.SandboxResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Writes JSON:API documents as Commerce Layer's API does: every resource with {@code links.self}, its attributes,
 * its relationships as {@code links} ({@code self}, {@code related}) plus {@code data} when included, and
 * {@code meta} ({@code mode}, {@code organization_id}); collections with {@code meta.record_count},
 * {@code meta.page_count} and {@code links.first/prev/next/last}; {@code included} without duplicates.
 */
public final class DocumentWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Schema schema;
    private final ResourceStore store;
    private final Supplier<String> apiRoot;
    private final String organizationId;

    /**
     * @param apiRoot        e.g. {@code http://127.0.0.1:PORT/commercelayer/api}, read per document (the port is
     *                       known only once the server started)
     * @param organizationId written into every resource's {@code meta}
     */
    public DocumentWriter(Schema schema, ResourceStore store, Supplier<String> apiRoot, String organizationId) {
        this.schema = schema;
        this.store = store;
        this.apiRoot = apiRoot;
        this.organizationId = organizationId;
    }

    public SandboxResponse single(int status, Resource resource, ResourceQuery query) {
        ObjectNode root = JSON.createObjectNode();
        Map<String, ObjectNode> included = new LinkedHashMap<>();
        root.set("data", resourceObject(resource, query, query.includes(), included, Set.of(keyOf(resource))));
        addIncluded(root, included);
        return respond(status, root);
    }

    /**
     * @param page        the resources of this page
     * @param recordCount how many match in all
     * @param path        the collection's path under the API root, e.g. {@code /skus}
     * @param rawQuery    the request's query, whose non-page parameters the links repeat
     */
    public SandboxResponse collection(List<Resource> page, int recordCount, ResourceQuery query, String path,
                                      String rawQuery) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode data = root.putArray("data");
        Map<String, ObjectNode> included = new LinkedHashMap<>();
        Set<String> primary = new HashSet<>();
        for (Resource resource : page) {
            primary.add(keyOf(resource));
        }
        for (Resource resource : page) {
            data.add(resourceObject(resource, query, query.includes(), included, primary));
        }
        addIncluded(root, included);
        int pageCount = query.page().pageCount(recordCount);
        ObjectNode meta = root.putObject("meta");
        meta.put("record_count", recordCount);
        meta.put("page_count", pageCount);
        root.set("links", pageLinks(query.page(), Math.max(1, pageCount), path, rawQuery));
        return respond(200, root);
    }

    /** A relationship's own document: its {@code links} and the members' identifiers. */
    public SandboxResponse linkage(Resource source, RelationshipDef relationship, List<Resource> members) {
        String self = apiRoot.get() + "/" + source.type() + "/" + source.id();
        ObjectNode root = JSON.createObjectNode();
        ObjectNode links = root.putObject("links");
        links.put("self", self + "/relationships/" + relationship.name());
        links.put("related", self + "/" + relationship.name());
        root.set("data", linkage(relationship, members));
        return respond(200, root);
    }

    private ObjectNode resourceObject(Resource resource, ResourceQuery query, Includes includes,
                                      Map<String, ObjectNode> included, Set<String> primaryKeys) {
        ResourceType type = schema.type(resource.type()).orElseThrow();
        String self = apiRoot.get() + "/" + resource.type() + "/" + resource.id();
        ObjectNode node = JSON.createObjectNode();
        node.put("id", resource.id());
        node.put("type", resource.type());
        node.putObject("links").put("self", self);
        ObjectNode attributes = node.putObject("attributes");
        for (String name : type.attributes().keySet()) {
            if (query.shows(resource.type(), name)) {
                attributes.set(name, value(resource.value(name)));
            }
        }
        ObjectNode relationships = node.putObject("relationships");
        for (RelationshipDef relationship : type.relationships().values()) {
            if (!query.shows(resource.type(), relationship.name())) {
                continue;
            }
            ObjectNode member = relationships.putObject(relationship.name());
            ObjectNode links = member.putObject("links");
            links.put("self", self + "/relationships/" + relationship.name());
            links.put("related", self + "/" + relationship.name());
            if (includes.includes(relationship.name())) {
                List<Resource> targets = relationship.resolve(resource, store);
                member.set("data", linkage(relationship, targets));
                for (Resource target : targets) {
                    String key = keyOf(target);
                    if (!included.containsKey(key) && !primaryKeys.contains(key)) {
                        // Reserve the slot first so a cycle (sku → prices → sku) cannot recurse forever.
                        included.put(key, JSON.createObjectNode());
                        included.put(key, resourceObject(target, query,
                                includes.children().get(relationship.name()), included, primaryKeys));
                    }
                }
            }
        }
        ObjectNode meta = node.putObject("meta");
        meta.put("mode", "test");
        meta.put("organization_id", organizationId);
        return node;
    }

    private static JsonNode linkage(RelationshipDef relationship, List<Resource> targets) {
        if (relationship.toMany()) {
            ArrayNode array = JSON.createArrayNode();
            for (Resource target : targets) {
                array.addObject().put("type", target.type()).put("id", target.id());
            }
            return array;
        }
        if (targets.isEmpty()) {
            return JSON.nullNode();
        }
        return JSON.createObjectNode().put("type", targets.get(0).type()).put("id", targets.get(0).id());
    }

    private static void addIncluded(ObjectNode root, Map<String, ObjectNode> included) {
        if (!included.isEmpty()) {
            ArrayNode array = root.putArray("included");
            included.values().forEach(array::add);
        }
    }

    private ObjectNode pageLinks(PageRequest page, int lastPage, String path, String rawQuery) {
        String others = withoutPageParameters(rawQuery);
        ObjectNode links = JSON.createObjectNode();
        links.put("first", pageLink(path, others, 1, page.size()));
        if (page.number() > 1) {
            links.put("prev", pageLink(path, others, Math.min(page.number() - 1, lastPage), page.size()));
        }
        if (page.number() < lastPage) {
            links.put("next", pageLink(path, others, page.number() + 1, page.size()));
        }
        links.put("last", pageLink(path, others, lastPage, page.size()));
        return links;
    }

    private String pageLink(String path, String others, int number, int size) {
        return apiRoot.get() + path + "?" + (others.isEmpty() ? "" : others + "&") + "page%5Bnumber%5D=" + number
                + "&page%5Bsize%5D=" + size;
    }

    private static String withoutPageParameters(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
            String decoded = name.replace("%5B", "[").replace("%5b", "[");
            if (!pair.isEmpty() && !decoded.startsWith("page[") && !decoded.equals("page")) {
                kept.add(pair);
            }
        }
        return String.join("&", kept);
    }

    private static JsonNode value(Object value) {
        if (value == null) {
            return JSON.nullNode();
        }
        if (value instanceof Instant) {
            return JSON.getNodeFactory().textNode(Timestamps.format((Instant) value));
        }
        return JSON.valueToTree(value);
    }

    private static String keyOf(Resource resource) {
        return resource.type() + "/" + resource.id();
    }

    private static SandboxResponse respond(int status, ObjectNode root) {
        return SandboxResponse.bytes(status, MediaTypes.JSON_API, root.toString().getBytes(StandardCharsets.UTF_8));
    }
}
