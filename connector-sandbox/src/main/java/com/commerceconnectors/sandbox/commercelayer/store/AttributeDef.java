package com.commerceconnectors.sandbox.commercelayer.store;

/**
 * One attribute of a resource type.
 *
 * @param name     the JSON:API attribute name, e.g. {@code code}
 * @param kind     its value type
 * @param writable whether a client may set it on create or update ({@code created_at} may not)
 * @param required whether a create without it fails validation ("can't be blank")
 */
public record AttributeDef(String name, ValueKind kind, boolean writable, boolean required) {

    public static AttributeDef required(String name, ValueKind kind) {
        return new AttributeDef(name, kind, true, true);
    }

    public static AttributeDef optional(String name, ValueKind kind) {
        return new AttributeDef(name, kind, true, false);
    }

    public static AttributeDef readOnly(String name, ValueKind kind) {
        return new AttributeDef(name, kind, false, false);
    }
}
