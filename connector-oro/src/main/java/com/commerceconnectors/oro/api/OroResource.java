package com.commerceconnectors.oro.api;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A JSON:API resource of Oro: its entity alias as the URL names it ({@code products}, {@code users},
 * {@code customerusers}…), which is also the JSON:API {@code type} of its records, plus the attributes an endpoint
 * keys records by (for upsert) and pages exports by.
 *
 * @param name           the entity alias (plural), e.g. {@code products}
 * @param keyAttribute   the attribute upsert finds an existing record by; {@code id} for the record's own id
 * @param watermarkField the last-change timestamp attribute incremental exports page by
 */
public record OroResource(String name, String keyAttribute, String watermarkField) {

    /** Oro's defaults of a natural key per well-known entity; anything else is found by id. */
    private static final Map<String, String> KEYS = Map.of(
            "products", "sku",
            "users", "username",
            "customerusers", "email",
            "customers", "name",
            "organizations", "name",
            "businessunits", "name",
            "orders", "identifier");

    public static final String DEFAULT_WATERMARK_FIELD = "updatedAt";

    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    public OroResource {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + name + "' is not an Oro resource name: use the entity's plural alias"
                    + " as the API names it, e.g. oro:products, oro:users or oro:customerusers");
        }
        keyAttribute = keyAttribute == null || keyAttribute.isBlank() ? KEYS.getOrDefault(name, "id") : keyAttribute.strip();
        watermarkField = watermarkField == null || watermarkField.isBlank() ? DEFAULT_WATERMARK_FIELD : watermarkField.strip();
    }

    /** The resource with its default key and watermark field. */
    public static OroResource of(String name) {
        return new OroResource(name == null ? "" : name.strip(), null, null);
    }

    /** The JSON:API type of its records (Oro names both alike). */
    public String type() {
        return name;
    }

    /** Whether upsert finds records by their id rather than an attribute. */
    public boolean keyedById() {
        return "id".equals(keyAttribute);
    }
}
