package com.commerceconnectors.sandbox.oro.web;

import com.commerceconnectors.sandbox.oro.auth.ApiKind;
import com.commerceconnectors.sandbox.oro.auth.Caller;
import com.commerceconnectors.sandbox.oro.data.OroData;
import com.commerceconnectors.sandbox.oro.data.Relation;
import com.commerceconnectors.sandbox.oro.data.Resource;
import com.commerceconnectors.sandbox.oro.data.ResourceStore;
import com.commerceconnectors.sandbox.oro.data.ResourceType;
import com.commerceconnectors.sandbox.oro.jsonapi.ApiProblem;
import com.commerceconnectors.sandbox.oro.jsonapi.JsonApi;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Applies validated request documents to the stores: defaults for what a create leaves out (attribute defaults;
 * the caller as {@code owner} and the first organization, as Oro assigns them), required attributes ("not blank
 * constraint"), unique attributes ("unique entity constraint"), and {@code createdAt}/{@code updatedAt} from the
 * sandbox clock.
 */
public final class ResourceWriter {

    private final OroData data;
    private final Clock clock;
    private final Supplier<ChronoUnit> precision;

    /** @param precision what the stamps of writes keep of the clock: whole seconds as Oro's datetime columns */
    public ResourceWriter(OroData data, Clock clock, Supplier<ChronoUnit> precision) {
        this.data = data;
        this.clock = clock;
        this.precision = precision;
    }

    /** The timestamp format of every date-time attribute: UTC, whole seconds. */
    public static String timestamp(Instant instant) {
        return timestamp(instant, ChronoUnit.SECONDS);
    }

    /** A date-time attribute in UTC, kept to {@code precision}. */
    public static String timestamp(Instant instant, ChronoUnit precision) {
        return instant.truncatedTo(precision).toString();
    }

    private String now() {
        return timestamp(clock.instant(), precision.get());
    }

    Resource create(ResourceType type, RequestDocument document, Caller caller) {
        ObjectNode attributes = JsonApi.mapper().createObjectNode();
        type.defaults().forEach((name, value) -> attributes.set(name, JsonApi.mapper().valueToTree(value)));
        attributes.setAll(document.attributes());
        for (String required : type.required()) {
            JsonNode value = attributes.path(required);
            if (value.isMissingNode() || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
                throw ApiProblem.pointer(400, "not blank constraint", "This value should not be blank.",
                        "/data/attributes/" + required);
            }
        }
        String now = now();
        if (type.attributes().containsKey("createdAt")) {
            attributes.put("createdAt", now);
            attributes.put("updatedAt", now);
        }
        Map<String, List<Long>> relationships = new LinkedHashMap<>();
        for (Relation relation : type.relations().values()) {
            List<Long> given = document.relationships().get(relation.name());
            relationships.put(relation.name(), given != null ? given : defaultRelation(relation, caller));
        }
        ResourceStore store = data.store(type.name());
        try {
            return store.insert(id -> new Resource(type.name(), id, attributes, relationships));
        } catch (ResourceStore.UniqueViolation e) {
            throw unique(e);
        }
    }

    Optional<Resource> update(ResourceType type, long id, RequestDocument document) {
        String now = now();
        try {
            return data.store(type.name()).update(id, current -> {
                ObjectNode attributes = current.attributes();
                attributes.setAll(document.attributes());
                for (String required : type.required()) {
                    JsonNode value = attributes.path(required);
                    if (value.isMissingNode() || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
                        throw ApiProblem.pointer(400, "not blank constraint", "This value should not be blank.",
                                "/data/attributes/" + required);
                    }
                }
                if (type.attributes().containsKey("updatedAt")) {
                    attributes.put("updatedAt", now);
                }
                Map<String, List<Long>> relationships = new LinkedHashMap<>(current.relationships());
                relationships.putAll(document.relationships());
                return new Resource(type.name(), id, attributes, relationships);
            });
        } catch (ResourceStore.UniqueViolation e) {
            throw unique(e);
        }
    }

    /** Sets {@code updatedAt} to the sandbox clock's now, as any change does. */
    public Optional<Resource> touch(String type, long id) {
        String now = now();
        return data.store(type).update(id, current -> {
            ObjectNode attributes = current.attributes();
            attributes.put("updatedAt", now);
            return new Resource(current.type(), id, attributes, current.relationships());
        });
    }

    private List<Long> defaultRelation(Relation relation, Caller caller) {
        if (relation.toMany()) {
            return List.of();
        }
        if (relation.name().equals("owner") && relation.targetType().equals("users")
                && caller.api() == ApiKind.BACK_OFFICE && data.exists("users", caller.userId())) {
            return List.of(caller.userId());
        }
        if (relation.name().equals("organization") && data.exists("organizations", 1)) {
            return List.of(1L);
        }
        return List.of();
    }

    private static ApiProblem unique(ResourceStore.UniqueViolation e) {
        return ApiProblem.pointer(400, "unique entity constraint", "This value is already used.",
                "/data/attributes/" + e.attribute());
    }
}
