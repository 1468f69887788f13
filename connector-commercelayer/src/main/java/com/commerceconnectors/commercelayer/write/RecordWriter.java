package com.commerceconnectors.commercelayer.write;

import com.commerceconnectors.commercelayer.api.CommerceLayerApi;
import com.commerceconnectors.core.paging.ListPage;
import com.commerceconnectors.commercelayer.api.ResourcePath;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.core.error.FailureReason;
import com.commerceconnectors.core.http.HttpMethod;
import com.commerceconnectors.core.jsonapi.JsonApiDocument;
import com.commerceconnectors.core.jsonapi.JsonApiQuery;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Objects;

/**
 * Creates, updates, deletes and upserts records. A create (POST) or update (PATCH) whose outcome is unknown (the
 * connection dropped, a 5xx) is never sent again: the client's retry loop refuses, and the error says to check.
 * Upsert finds the record by id, or by its key attribute ({@code code} for SKUs, {@code email} for customers…), then
 * updates or creates it.
 */
public final class RecordWriter {

    private final CommerceLayerApi api;
    private final ResourcePath resource;

    public RecordWriter(CommerceLayerApi api, ResourcePath resource) {
        this.api = Objects.requireNonNull(api, "api");
        this.resource = Objects.requireNonNull(resource, "resource");
    }

    public WriteResult create(RecordInput record) {
        var answer = api.write(HttpMethod.POST, resource.type(), record.toDocument(null));
        return new WriteResult(WriteOutcome.CREATED, answer.status(), saved(answer.json()));
    }

    public WriteResult update(RecordInput record) {
        if (record.id() == null) {
            throw new IllegalArgumentException("update needs the id of the " + resource.type() + " record in header"
                    + " CamelCommerceLayerResourceId or as the record's id; use upsert to find it by "
                    + resource.defaultKeyAttribute());
        }
        return update(record, record.id());
    }

    public WriteResult delete(String id) {
        var answer = api.write(HttpMethod.DELETE, ResourcePath.of(resource.type()).recordPath(id), null);
        return new WriteResult(WriteOutcome.DELETED, answer.status(), null);
    }

    /**
     * Updates the record with the input's id, or the one whose key attribute has the input's value; creates it when
     * there is none.
     */
    public WriteResult upsert(RecordInput record, String keyAttribute) {
        if (record.id() != null) {
            return update(record, record.id());
        }
        String key = keyAttribute != null ? keyAttribute : resource.defaultKeyAttribute();
        String value = record.attribute(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("upsert of a " + resource.type() + " record needs its id or its "
                    + key + " attribute (set keyAttribute to use another)");
        }
        ListPage found = api.list(ResourcePath.of(resource.type()),
                new JsonApiQuery().param("filter[q][" + key + "_eq]", value).fields(resource.type(), key).page(1, 2));
        if (found.records().size() > 1) {
            throw ApiException.builder(ErrorCategory.CONFLICT, FailureReason.OTHER)
                    .summary("Several " + resource.type() + " records have " + key + " " + value)
                    .advice("Upsert needs a unique key: set keyAttribute to an attribute that is unique, or give the id")
                    .build();
        }
        if (found.records().isEmpty()) {
            return create(record);
        }
        return update(record, found.records().get(0).get("id").asText());
    }

    private WriteResult update(RecordInput record, String id) {
        var answer = api.write(HttpMethod.PATCH, ResourcePath.of(resource.type()).recordPath(id), record.toDocument(id));
        return new WriteResult(WriteOutcome.UPDATED, answer.status(), saved(answer.json()));
    }

    private static ObjectNode saved(com.fasterxml.jackson.databind.JsonNode json) {
        return JsonApiDocument.of(json, CommerceLayerApi.PLATFORM).record().orElse(null);
    }
}
