package com.commerceconnectors.sandbox.commercelayer.store;

import java.util.List;
import java.util.Objects;

/**
 * A relationship of a resource type and how its members are found: through a link stored on the resource (a
 * to-one the client sets), through a link stored on the other side ({@code orders} of a customer), or by an
 * attribute both sides share ({@code prices} of a SKU are the prices whose {@code sku_code} is the SKU's code).
 */
public final class RelationshipDef {

    /** Finds the members of a relationship. */
    @FunctionalInterface
    public interface Resolver {
        List<Resource> resolve(Resource source, ResourceStore store);
    }

    private final String name;
    private final String targetType;
    private final boolean toMany;
    private final boolean stored;
    private final Resolver resolver;

    private RelationshipDef(String name, String targetType, boolean toMany, boolean stored, Resolver resolver) {
        this.name = Objects.requireNonNull(name, "name");
        this.targetType = Objects.requireNonNull(targetType, "targetType");
        this.toMany = toMany;
        this.stored = stored;
        this.resolver = resolver;
    }

    /** A to-one whose target id is stored on the resource under the relationship's name; writable. */
    public static RelationshipDef toOne(String name, String targetType) {
        return new RelationshipDef(name, targetType, false, true, (source, store) -> {
            String id = source.links().get(name);
            return id == null ? List.of() : store.find(targetType, id).map(List::of).orElse(List.of());
        });
    }

    /** A to-one found by an attribute value: the target whose {@code targetAttribute} equals ours. */
    public static RelationshipDef toOneByAttribute(String name, String targetType, String sourceAttribute,
                                                   String targetAttribute) {
        return new RelationshipDef(name, targetType, false, false, (source, store) -> {
            Object value = source.value(sourceAttribute);
            return value == null ? List.of()
                    : store.where(targetType, targetAttribute, value).stream().limit(1).toList();
        });
    }

    /** A to-many found by an attribute value: every target whose {@code targetAttribute} equals ours. */
    public static RelationshipDef toManyByAttribute(String name, String targetType, String sourceAttribute,
                                                    String targetAttribute) {
        return new RelationshipDef(name, targetType, true, false, (source, store) -> {
            Object value = source.value(sourceAttribute);
            return value == null ? List.of() : store.where(targetType, targetAttribute, value);
        });
    }

    /** A to-many found by the link the targets store: every target whose {@code targetLink} is our id. */
    public static RelationshipDef toManyByLink(String name, String targetType, String targetLink) {
        return new RelationshipDef(name, targetType, true, false,
                (source, store) -> store.linkedTo(targetType, targetLink, source.id()));
    }

    public String name() {
        return name;
    }

    public String targetType() {
        return targetType;
    }

    public boolean toMany() {
        return toMany;
    }

    /** Whether the client sets it (a stored to-one link). */
    public boolean stored() {
        return stored;
    }

    public List<Resource> resolve(Resource source, ResourceStore store) {
        return resolver.resolve(source, store);
    }
}
