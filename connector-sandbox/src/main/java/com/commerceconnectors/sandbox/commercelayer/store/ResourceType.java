package com.commerceconnectors.sandbox.commercelayer.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The schema of one resource type: its attributes (every type also has {@code created_at}, {@code updated_at},
 * {@code reference}, {@code reference_origin} and {@code metadata}, as every Commerce Layer resource does), its
 * relationships and the attribute that must be unique, if any.
 */
public final class ResourceType {

    private final String name;
    private final Map<String, AttributeDef> attributes;
    private final Map<String, RelationshipDef> relationships;
    private final String uniqueAttribute;

    private ResourceType(String name, List<AttributeDef> own, List<RelationshipDef> relationships,
                         String uniqueAttribute) {
        this.name = name;
        Map<String, AttributeDef> all = new LinkedHashMap<>();
        for (AttributeDef attribute : own) {
            all.put(attribute.name(), attribute);
        }
        all.put(Resource.CREATED_AT, AttributeDef.readOnly(Resource.CREATED_AT, ValueKind.TIMESTAMP));
        all.put(Resource.UPDATED_AT, AttributeDef.readOnly(Resource.UPDATED_AT, ValueKind.TIMESTAMP));
        all.put("reference", AttributeDef.optional("reference", ValueKind.STRING));
        all.put("reference_origin", AttributeDef.optional("reference_origin", ValueKind.STRING));
        all.put("metadata", AttributeDef.optional("metadata", ValueKind.OBJECT));
        this.attributes = Collections.unmodifiableMap(all);
        Map<String, RelationshipDef> byName = new LinkedHashMap<>();
        for (RelationshipDef relationship : relationships) {
            byName.put(relationship.name(), relationship);
        }
        this.relationships = Collections.unmodifiableMap(byName);
        this.uniqueAttribute = uniqueAttribute;
    }

    public static Builder named(String name) {
        return new Builder(name);
    }

    public String name() {
        return name;
    }

    public Map<String, AttributeDef> attributes() {
        return attributes;
    }

    public Optional<AttributeDef> attribute(String attribute) {
        return Optional.ofNullable(attributes.get(attribute));
    }

    public Map<String, RelationshipDef> relationships() {
        return relationships;
    }

    public Optional<RelationshipDef> relationship(String relationship) {
        return Optional.ofNullable(relationships.get(relationship));
    }

    /** The attribute whose value no two resources of this type may share ({@code code} of a SKU), if any. */
    public Optional<String> uniqueAttribute() {
        return Optional.ofNullable(uniqueAttribute);
    }

    @Override
    public String toString() {
        return name;
    }

    /** Collects a type's parts. */
    public static final class Builder {
        private final String name;
        private final List<AttributeDef> attributes = new ArrayList<>();
        private final List<RelationshipDef> relationships = new ArrayList<>();
        private String unique;

        private Builder(String name) {
            this.name = name;
        }

        public Builder attribute(AttributeDef attribute) {
            attributes.add(attribute);
            return this;
        }

        public Builder relationship(RelationshipDef relationship) {
            relationships.add(relationship);
            return this;
        }

        public Builder unique(String attribute) {
            this.unique = attribute;
            return this;
        }

        public ResourceType build() {
            return new ResourceType(name, attributes, relationships, unique);
        }
    }
}
