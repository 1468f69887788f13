package com.commerceconnectors.sandbox.oro.jsonapi;

import com.commerceconnectors.sandbox.oro.data.OroData;
import com.commerceconnectors.sandbox.oro.data.Relation;
import com.commerceconnectors.sandbox.oro.data.Resource;
import com.commerceconnectors.sandbox.oro.data.ResourceType;
import com.commerceconnectors.sandbox.oro.query.PageResult;
import com.commerceconnectors.sandbox.oro.query.ResourceQuery;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Renders resources as JSON:API documents the way Oro does: {@code type}, {@code id} as a string, {@code links}
 * (unless the client sent {@code X-Include: noHateoas}), {@code attributes}, {@code relationships} with
 * {@code data} linkage, sparse fieldsets from {@code fields[type]}, and the resources named by {@code include} in
 * a top-level {@code included} array, each once.
 */
public final class DocumentWriter {

    private final OroData data;

    public DocumentWriter(OroData data) {
        this.data = data;
    }

    /**
     * @param links    where resources live, or empty for {@code noHateoas}
     * @param visible  which related resources the caller may see in {@code included}
     */
    public ObjectNode list(PageResult page, ResourceType type, ResourceQuery query, Optional<ResourceLinks> links,
                           Predicate<Resource> visible) {
        ObjectNode root = JsonApi.MAPPER.createObjectNode();
        ArrayNode array = root.putArray("data");
        for (Resource row : page.rows()) {
            array.add(resource(row, type, query, links));
        }
        addIncluded(root, page.rows(), type, query, links, visible);
        links.ifPresent(l -> root.set("links", l.pageLinks(query, page)));
        return root;
    }

    public ObjectNode single(Resource row, ResourceType type, ResourceQuery query, Optional<ResourceLinks> links,
                             Predicate<Resource> visible) {
        ObjectNode root = JsonApi.MAPPER.createObjectNode();
        root.set("data", resource(row, type, query, links));
        addIncluded(root, List.of(row), type, query, links, visible);
        return root;
    }

    private ObjectNode resource(Resource row, ResourceType type, ResourceQuery query,
                                Optional<ResourceLinks> links) {
        ObjectNode node = JsonApi.MAPPER.createObjectNode();
        node.put("type", type.name());
        node.put("id", Long.toString(row.id()));
        links.ifPresent(l -> node.putObject("links").put("self", l.self(type.name(), row.id())));
        Optional<Set<String>> fieldset = query.fields(type.name());
        ObjectNode attributes = JsonApi.MAPPER.createObjectNode();
        for (String name : type.attributes().keySet()) {
            if (fieldset.isEmpty() || fieldset.get().contains(name)) {
                attributes.set(name, row.attribute(name).isMissingNode()
                        ? JsonApi.MAPPER.nullNode() : row.attribute(name).deepCopy());
            }
        }
        if (!attributes.isEmpty()) {
            node.set("attributes", attributes);
        }
        ObjectNode relationships = JsonApi.MAPPER.createObjectNode();
        for (Relation relation : type.relations().values()) {
            if (fieldset.isPresent() && !fieldset.get().contains(relation.name())) {
                continue;
            }
            ObjectNode linkage = relationships.putObject(relation.name());
            List<Long> ids = row.related(relation.name());
            if (relation.toMany()) {
                ArrayNode items = linkage.putArray("data");
                ids.forEach(id -> items.addObject().put("type", relation.targetType()).put("id", Long.toString(id)));
            } else if (ids.isEmpty()) {
                linkage.putNull("data");
            } else {
                linkage.putObject("data").put("type", relation.targetType()).put("id", Long.toString(ids.get(0)));
            }
        }
        if (!relationships.isEmpty()) {
            node.set("relationships", relationships);
        }
        return node;
    }

    private void addIncluded(ObjectNode root, List<Resource> rows, ResourceType type, ResourceQuery query,
                             Optional<ResourceLinks> links, Predicate<Resource> visible) {
        if (query.include().isEmpty()) {
            return;
        }
        Map<String, Resource> included = new LinkedHashMap<>();
        for (Resource row : rows) {
            for (String name : query.include()) {
                Relation relation = type.relation(name).orElseThrow();
                for (Long id : row.related(name)) {
                    String key = relation.targetType() + "#" + id;
                    if (!included.containsKey(key)) {
                        data.store(relation.targetType()).find(id).filter(visible)
                                .ifPresent(r -> included.put(key, r));
                    }
                }
            }
        }
        ArrayNode array = root.putArray("included");
        List<Resource> ordered = new ArrayList<>(included.values());
        for (Resource related : ordered) {
            ResourceType relatedType = data.store(related.type()).type();
            array.add(resource(related, relatedType, query, links));
        }
    }
}
