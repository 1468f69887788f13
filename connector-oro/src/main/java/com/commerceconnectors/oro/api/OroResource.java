package com.commerceconnectors.oro.api;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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

    /**
     * The well-known entities Oro 6.1 does not sort or filter by updatedAt: its API gives sorters and filters only to
     * the id, the relationships and the fields with a database index (unless an {@code api.yml} adds more), and these
     * have no index on updatedAt. The value says what they do sort by, for messages.
     */
    private static final Map<String, String> NOT_SORTED_BY_UPDATED_AT = Map.of(
            "users", "id, username, email, firstName and organization",
            "organizations", "id and name",
            "customerusers", "id, email, customer and organization");

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

    /**
     * When Oro, as configured by default, cannot sort or filter this resource by updatedAt: what it sorts it by
     * instead. Empty for the resources that do sort by it, and for those we know nothing of.
     */
    public Optional<String> sortedWithoutUpdatedAt() {
        return Optional.ofNullable(NOT_SORTED_BY_UPDATED_AT.get(name));
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
