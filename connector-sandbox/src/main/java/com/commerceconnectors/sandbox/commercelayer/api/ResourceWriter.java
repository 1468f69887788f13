package com.commerceconnectors.sandbox.commercelayer.api;

import com.commerceconnectors.sandbox.commercelayer.jsonapi.JsonApiError;
import com.commerceconnectors.sandbox.commercelayer.jsonapi.JsonApiException;
import com.commerceconnectors.sandbox.commercelayer.store.AttributeDef;
import com.commerceconnectors.sandbox.commercelayer.store.Resource;
import com.commerceconnectors.sandbox.commercelayer.store.ResourceStore;
import com.commerceconnectors.sandbox.commercelayer.store.ResourceType;
import com.commerceconnectors.sandbox.commercelayer.store.Schema;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Creates, updates and deletes resources with Rails' validation answers: a required attribute left blank is 422
 * "can't be blank", a unique one already used 422 "has already been taken". Timestamps come from the sandbox
 * clock. Deleting a SKU deletes its prices and stock items, as Commerce Layer's dependent records go with it.
 */
public final class ResourceWriter {

    private final ResourceStore store;
    private final Clock clock;

    public ResourceWriter(ResourceStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    Resource create(ResourceType type, WritePayload payload) {
        if (payload.id() != null) {
            throw JsonApiException.paramNotAllowed("id");
        }
        return store.atomically(() -> {
            Instant now = now();
            Map<String, Object> attributes = new LinkedHashMap<>();
            for (AttributeDef attribute : type.attributes().values()) {
                attributes.put(attribute.name(), null);
            }
            attributes.putAll(defaults(type.name()));
            attributes.put("metadata", Map.of());
            attributes.putAll(payload.attributes());
            attributes.put(Resource.CREATED_AT, now);
            attributes.put(Resource.UPDATED_AT, now);
            Map<String, String> links = new LinkedHashMap<>();
            payload.relationships().forEach((name, id) -> {
                if (id != null) {
                    links.put(name, id);
                }
            });
            Resource resource = new Resource(type.name(), store.newId(), attributes, links);
            validate(type, resource);
            store.put(resource);
            return resource;
        });
    }

    Resource update(ResourceType type, String id, WritePayload payload) {
        if (payload.id() == null) {
            throw JsonApiException.badRequest("The request body must carry data.id, the id of the resource.");
        }
        if (!payload.id().equals(id)) {
            throw JsonApiException.conflict("The id " + payload.id() + " in the body does not match the id " + id
                    + " in the URL.");
        }
        return store.atomically(() -> {
            Resource current = store.find(type.name(), id).orElseThrow(() -> JsonApiException.recordNotFound(id));
            Map<String, String> links = new LinkedHashMap<>(current.links());
            payload.relationships().forEach((name, target) -> {
                if (target == null) {
                    links.remove(name);
                } else {
                    links.put(name, target);
                }
            });
            Resource updated = new Resource(type.name(), id, current.with(payload.attributes()).attributes(), links)
                    .touchedAt(now());
            validate(type, updated);
            store.put(updated);
            return updated;
        });
    }

    void delete(ResourceType type, String id) {
        store.atomically(() -> {
            Resource removed = store.remove(type.name(), id).orElseThrow(() -> JsonApiException.recordNotFound(id));
            if (type.name().equals(Schema.SKUS)) {
                for (String dependent : List.of(Schema.PRICES, Schema.STOCK_ITEMS)) {
                    store.where(dependent, "sku_code", removed.value("code"))
                            .forEach(r -> store.remove(dependent, r.id()));
                }
            }
            return removed;
        });
    }

    /** Bumps {@code updated_at} of a resource to now, as any change would; returns the new value. */
    public Resource touch(String type, String id) {
        return store.atomically(() -> {
            Resource current = store.find(type, id)
                    .orElseThrow(() -> new IllegalArgumentException("there is no " + type + " with id " + id));
            Resource touched = current.touchedAt(now());
            store.put(touched);
            return touched;
        });
    }

    /** The sandbox clock to the millisecond: the precision Commerce Layer writes timestamps with. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private void validate(ResourceType type, Resource resource) {
        List<JsonApiError> errors = new ArrayList<>();
        for (AttributeDef attribute : type.attributes().values()) {
            Object value = resource.value(attribute.name());
            if (attribute.required() && (value == null || value.toString().isBlank())) {
                errors.add(JsonApiException.validation(attribute.name(), "can't be blank", "blank"));
            }
        }
        type.uniqueAttribute().ifPresent(unique -> {
            Object value = resource.value(unique);
            if (value != null && store.where(type.name(), unique, value).stream()
                    .anyMatch(other -> !Objects.equals(other.id(), resource.id()))) {
                errors.add(JsonApiException.validation(unique, "has already been taken", "taken"));
            }
        });
        if (!errors.isEmpty()) {
            throw JsonApiException.validationFailed(errors);
        }
    }

    private Map<String, Object> defaults(String type) {
        Map<String, Object> defaults = new LinkedHashMap<>();
        switch (type) {
            case Schema.CUSTOMERS:
                defaults.put("status", "prospect");
                defaults.put("has_password", false);
                break;
            case Schema.ORDERS:
                defaults.put("status", "draft");
                defaults.put("number", Integer.toString(1000 + store.count(Schema.ORDERS) + 1));
                defaults.put("total_amount_cents", 0L);
                break;
            default:
                break;
        }
        return defaults;
    }
}
