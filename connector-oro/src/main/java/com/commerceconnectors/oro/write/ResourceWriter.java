package com.commerceconnectors.oro.write;

import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.jsonapi.JsonApiQuery;
import com.commerceconnectors.core.paging.ListPage;
import com.commerceconnectors.oro.api.OroApi;
import com.commerceconnectors.oro.api.OroResource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Objects;
import java.util.Optional;

/**
 * Creates, updates, deletes and upserts records of one resource. Oro assigns ids, so a create sends none; an update
 * names the record by the id in its body or the one given (both must agree, Oro answers 409 otherwise); an upsert
 * first looks the record up by the resource's key attribute (e.g. a product's sku) or id, then PATCHes or POSTs. A
 * POST or PATCH whose outcome is unknown is never sent again: core's retry loop only repeats writes that provably did
 * not reach Oro.
 */
public final class ResourceWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final OroApi api;
    private final OroResource resource;

    public ResourceWriter(OroApi api, OroResource resource) {
        this.api = Objects.requireNonNull(api, "api");
        this.resource = Objects.requireNonNull(resource, "resource");
    }

    public WriteResult create(ObjectNode record) {
        ObjectNode body = record.deepCopy();
        body.remove("id"); // Oro assigns ids
        OroApi.WriteResponse response = api.create(resource, body);
        return new WriteResult(WriteOutcome.CREATED, response.status(), response.record());
    }

    /** @param headerId the id given apart from the record; {@code null} when none */
    public WriteResult update(ObjectNode record, String headerId) {
        String id = idOf(record, headerId, "update");
        if (id == null) {
            throw new IllegalArgumentException("update needs the record's id: in the record (\"id\") or in header"
                    + " CamelOroResourceId");
        }
        ObjectNode body = record.deepCopy();
        body.put("id", id);
        OroApi.WriteResponse response = api.update(resource, id, body);
        return new WriteResult(WriteOutcome.UPDATED, response.status(), response.record());
    }

    public WriteResult delete(String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("delete needs the record's id: in header CamelOroResourceId, as the body,"
                    + " or as the record's id");
        }
        int status = api.delete(resource, id.strip());
        ObjectNode identifier = JSON.createObjectNode().put("type", resource.type()).put("id", id.strip());
        return new WriteResult(WriteOutcome.DELETED, status, identifier);
    }

    /** Updates the record that has the same key (keyAttribute or id), or creates it when there is none. */
    public WriteResult upsert(ObjectNode record, String headerId) {
        Optional<String> existing = resource.keyedById() ? existingById(record, headerId) : existingByKey(record);
        return existing.isPresent() ? update(record, existing.get()) : create(record);
    }

    private Optional<String> existingById(ObjectNode record, String headerId) {
        String id = idOf(record, headerId, "upsert");
        if (id == null) {
            return Optional.empty();
        }
        return api.find(resource, id).map(found -> id);
    }

    private Optional<String> existingByKey(ObjectNode record) {
        String key = resource.keyAttribute();
        JsonNode attributes = record.get("attributes");
        JsonNode value = attributes == null ? null : attributes.get(key);
        if (value == null || !value.isValueNode() || value.isNull() || value.asText().isBlank()) {
            throw new IllegalArgumentException("upsert of " + resource.name() + " finds records by attribute '" + key
                    + "', which the record lacks: add attributes." + key + ", or set keyAttribute to one it has (id for"
                    + " the record's id)");
        }
        ListPage page = api.list(resource, new JsonApiQuery().filter(key, value.asText()).pageSize(2), false);
        if (page.records().size() > 1) {
            throw ApiException.configuration("upsert of " + resource.name() + ": more than one record has " + key + " '"
                    + value.asText() + "', so it is not known which to update",
                    "Set keyAttribute to an attribute that is unique for " + resource.name() + ", or use update with the id");
        }
        if (page.records().isEmpty()) {
            return Optional.empty();
        }
        String foundId = page.records().get(0).path("id").asText(null);
        JsonNode ownId = record.get("id");
        if (ownId != null && !ownId.asText().equals(foundId)) {
            throw ApiException.configuration("upsert of " + resource.name() + ": the record says id " + ownId.asText()
                    + " but the record with " + key + " '" + value.asText() + "' is " + foundId,
                    "Remove the id from the record or correct it");
        }
        return Optional.ofNullable(foundId);
    }

    private static String idOf(ObjectNode record, String headerId, String operation) {
        JsonNode own = record.get("id");
        String bodyId = own == null || own.isNull() ? null : own.asText();
        String given = headerId == null || headerId.isBlank() ? null : headerId.strip();
        if (bodyId != null && given != null && !bodyId.equals(given)) {
            throw new IllegalArgumentException(operation + ": header CamelOroResourceId says " + given
                    + " but the record's id is " + bodyId + "; they must agree");
        }
        return given != null ? given : bodyId;
    }
}
