package com.commerceconnectors.sandbox.oro.data;

import com.commerceconnectors.sandbox.oro.auth.ApiKind;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the API knows about one resource type: its attributes and their types, its relationships, which attributes
 * are required, unique or read-only, which can be sorted and filtered by, and on which front ends it is served and
 * writable.
 */
public final class ResourceType {

    private final String name;
    private final Map<String, FieldType> attributes;
    private final Map<String, Relation> relations;
    private final Set<String> required;
    private final Set<String> unique;
    private final Set<String> readOnly;
    private final Map<String, Object> defaults;
    private final Set<String> sortable;
    private final Set<String> filterable;
    private final boolean storefront;
    private final boolean storefrontWritable;

    private ResourceType(Builder b) {
        this.name = b.name;
        this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(b.attributes));
        this.relations = Collections.unmodifiableMap(new LinkedHashMap<>(b.relations));
        this.required = Set.copyOf(b.required);
        this.unique = Collections.unmodifiableSet(new LinkedHashSet<>(b.unique));
        this.readOnly = Set.copyOf(b.readOnly);
        this.defaults = Collections.unmodifiableMap(new LinkedHashMap<>(b.defaults));
        this.sortable = Set.copyOf(b.sortable);
        this.filterable = Set.copyOf(b.filterable);
        this.storefront = b.storefront;
        this.storefrontWritable = b.storefrontWritable;
    }

    public static Builder named(String name) {
        return new Builder(name);
    }

    public String name() {
        return name;
    }

    /** Attribute names and types, in the order they are rendered. */
    public Map<String, FieldType> attributes() {
        return attributes;
    }

    public Map<String, Relation> relations() {
        return relations;
    }

    public Optional<Relation> relation(String name) {
        return Optional.ofNullable(relations.get(name));
    }

    public Set<String> required() {
        return required;
    }

    public Set<String> unique() {
        return unique;
    }

    /** Attributes the server maintains ({@code createdAt}, {@code updatedAt}); ignored in request bodies. */
    public boolean isReadOnly(String attribute) {
        return readOnly.contains(attribute);
    }

    /** Values a created resource gets for attributes the request left out (strings, booleans, numbers). */
    public Map<String, Object> defaults() {
        return defaults;
    }

    public boolean servedOn(ApiKind api) {
        return api == ApiKind.BACK_OFFICE || storefront;
    }

    public boolean writableOn(ApiKind api) {
        return api == ApiKind.BACK_OFFICE || storefrontWritable;
    }

    /**
     * The type a filter on {@code field} compares as, or empty when there is no such filter. Oro configures filters
     * on the identifier, on every relationship, on the fields with a database index and on those its
     * {@code api.yml} adds; with {@code configuredOnly} those are all there is, otherwise any scalar attribute can
     * be filtered by too.
     */
    public Optional<FieldType> filterType(String field, boolean configuredOnly) {
        if (field.equals("id") || relations.containsKey(field)) {
            return Optional.of(FieldType.INTEGER);
        }
        FieldType type = attributes.get(field);
        if (type == null || !type.scalar() || (configuredOnly && !filterable.contains(field))) {
            return Optional.empty();
        }
        return Optional.of(type);
    }

    /**
     * The type a sort by {@code field} compares, or empty when there is no such sorter. Oro configures sorters on
     * the identifier, on relationships, on the fields with a database index and on those its {@code api.yml} adds;
     * with {@code configuredOnly} those are all there is (to-one relationships sort by the related id), otherwise
     * any scalar attribute but no relationship sorts.
     */
    public Optional<FieldType> sortType(String field, boolean configuredOnly) {
        if (field.equals("id")) {
            return Optional.of(FieldType.INTEGER);
        }
        Relation relation = relations.get(field);
        if (relation != null) {
            return configuredOnly && !relation.toMany() ? Optional.of(FieldType.INTEGER) : Optional.empty();
        }
        FieldType type = attributes.get(field);
        if (type == null || !type.scalar() || (configuredOnly && !sortable.contains(field))) {
            return Optional.empty();
        }
        return Optional.of(type);
    }

    @Override
    public String toString() {
        return "ResourceType[" + name + "]";
    }

    /** Declares a resource type. */
    public static final class Builder {
        private final String name;
        private final Map<String, FieldType> attributes = new LinkedHashMap<>();
        private final Map<String, Relation> relations = new LinkedHashMap<>();
        private final Set<String> required = new LinkedHashSet<>();
        private final Set<String> unique = new LinkedHashSet<>();
        private final Set<String> readOnly = new LinkedHashSet<>();
        private final Map<String, Object> defaults = new LinkedHashMap<>();
        private final Set<String> sortable = new LinkedHashSet<>();
        private final Set<String> filterable = new LinkedHashSet<>();
        private boolean storefront;
        private boolean storefrontWritable;

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        public Builder attribute(String attribute, FieldType type) {
            attributes.put(attribute, type);
            return this;
        }

        public Builder required(String attribute, FieldType type) {
            required.add(attribute);
            return attribute(attribute, type);
        }

        public Builder defaultValue(String attribute, Object value) {
            defaults.put(attribute, value);
            return this;
        }

        public Builder unique(String attribute) {
            unique.add(attribute);
            return this;
        }

        /** Attributes with a database index: Oro sorts and filters by them by default. */
        public Builder indexed(String... attributes) {
            sortable(attributes);
            return filterable(attributes);
        }

        /** Attributes the entity's {@code api.yml} adds a sorter for. */
        public Builder sortable(String... attributes) {
            sortable.addAll(List.of(attributes));
            return this;
        }

        /** Attributes the entity's {@code api.yml} adds a filter for. */
        public Builder filterable(String... attributes) {
            filterable.addAll(List.of(attributes));
            return this;
        }

        public Builder timestamps() {
            attribute("createdAt", FieldType.DATETIME);
            attribute("updatedAt", FieldType.DATETIME);
            readOnly.add("createdAt");
            readOnly.add("updatedAt");
            return this;
        }

        public Builder toOne(String relation, String targetType) {
            relations.put(relation, new Relation(relation, targetType, false));
            return this;
        }

        public Builder toMany(String relation, String targetType) {
            relations.put(relation, new Relation(relation, targetType, true));
            return this;
        }

        /** Also served (read-only unless {@code writable}) by the storefront API. */
        public Builder storefront(boolean writable) {
            this.storefront = true;
            this.storefrontWritable = writable;
            return this;
        }

        public ResourceType build() {
            return new ResourceType(this);
        }
    }
}
