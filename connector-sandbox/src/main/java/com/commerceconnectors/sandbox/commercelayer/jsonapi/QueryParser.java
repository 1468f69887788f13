package com.commerceconnectors.sandbox.commercelayer.jsonapi;

import com.commerceconnectors.sandbox.commercelayer.store.AttributeDef;
import com.commerceconnectors.sandbox.commercelayer.store.ResourceType;
import com.commerceconnectors.sandbox.commercelayer.store.Schema;
import com.commerceconnectors.sandbox.commercelayer.store.ValueKind;
import com.commerceconnectors.sandbox.http.BracketQuery;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code page}, {@code filter[q]}, {@code sort}, {@code include} and {@code fields} the way Commerce Layer's
 * API does: brackets may arrive percent-encoded (they should), every name is checked against the schema, and
 * anything unknown is a 400 naming it rather than being ignored.
 */
public final class QueryParser {

    private static final Set<String> COLLECTION_PARAMETERS = Set.of("page", "filter", "sort", "include", "fields");
    private static final Set<String> RESOURCE_PARAMETERS = Set.of("include", "fields");

    private final Schema schema;
    private final int defaultPageSize;
    private final int maxPageSize;
    private final IdCollation idCollation;

    public QueryParser(Schema schema, int defaultPageSize, int maxPageSize, IdCollation idCollation) {
        this.schema = schema;
        this.defaultPageSize = defaultPageSize;
        this.maxPageSize = maxPageSize;
        this.idCollation = idCollation;
    }

    /** A collection request: every parameter allowed. */
    public ResourceQuery collection(String rawQuery, ResourceType type) {
        return parse(rawQuery, type, COLLECTION_PARAMETERS);
    }

    /** A single resource: only {@code include} and {@code fields}. */
    public ResourceQuery single(String rawQuery, ResourceType type) {
        return parse(rawQuery, type, RESOURCE_PARAMETERS);
    }

    private ResourceQuery parse(String rawQuery, ResourceType type, Set<String> allowed) {
        Map<String, Object> parameters = BracketQuery.parse(rawQuery);
        for (String name : parameters.keySet()) {
            if (!allowed.contains(name)) {
                throw JsonApiException.paramNotAllowed(name);
            }
        }
        return new ResourceQuery(page(parameters.get("page")), conditions(parameters.get("filter"), type),
                sort(parameters.get("sort"), type), includes(parameters.get("include"), type),
                fields(parameters.get("fields")));
    }

    private PageRequest page(Object page) {
        if (page == null) {
            return new PageRequest(1, defaultPageSize);
        }
        if (!(page instanceof Map)) {
            throw JsonApiException.invalidPageValue("page", "page must be an object with number and size.");
        }
        Map<?, ?> values = (Map<?, ?>) page;
        for (Object key : values.keySet()) {
            if (!key.equals("number") && !key.equals("size")) {
                throw JsonApiException.invalidPageValue("page", key + " is not an allowed page parameter.");
            }
        }
        int number = pageValue(values.get("number"), "number", 1);
        int size = pageValue(values.get("size"), "size", defaultPageSize);
        if (size > maxPageSize) {
            throw JsonApiException.invalidPageValue("page[size]",
                    "size exceeds maximum page size of " + maxPageSize + ".");
        }
        return new PageRequest(number, size);
    }

    private static int pageValue(Object value, String name, int fallback) {
        if (value == null) {
            return fallback;
        }
        String text = value instanceof String ? ((String) value).strip() : "";
        try {
            int number = Integer.parseInt(text);
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below, with the value
        }
        throw JsonApiException.invalidPageValue("page[" + name + "]",
                (value instanceof String ? value : "") + " is not a valid value for " + name + " page parameter.");
    }

    private List<Condition> conditions(Object filter, ResourceType type) {
        if (filter == null) {
            return List.of();
        }
        if (!(filter instanceof Map)) {
            throw JsonApiException.filterNotAllowed("filter");
        }
        List<Condition> conditions = new ArrayList<>();
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) filter).entrySet()) {
            if (!"q".equals(entry.getKey()) || !(entry.getValue() instanceof Map)) {
                throw JsonApiException.filterNotAllowed("filter[" + entry.getKey() + "]");
            }
            for (Map.Entry<?, ?> q : ((Map<?, ?>) entry.getValue()).entrySet()) {
                conditions.add(condition((String) q.getKey(), value(q.getKey(), q.getValue()), type));
            }
        }
        return conditions;
    }

    /** A plain value, or the items of a Rails array ({@code code_in[]=A&code_in[]=B}) as a comma list. */
    private static String value(Object key, Object value) {
        if (value instanceof String) {
            return (String) value;
        }
        if (value instanceof Map && ((Map<?, ?>) value).values().stream().allMatch(v -> v instanceof String)) {
            return String.join(",", ((Map<?, ?>) value).values().stream().map(Object::toString).toList());
        }
        throw JsonApiException.filterNotAllowed("filter[q][" + key + "]");
    }

    private Condition condition(String key, String value, ResourceType type) {
        for (Predicate predicate : Predicate.values()) {
            String suffix = "_" + predicate.suffix();
            if (!key.endsWith(suffix) || key.length() == suffix.length()) {
                continue;
            }
            String subject = key.substring(0, key.length() - suffix.length());
            boolean all = subject.contains("_and_");
            List<String> names = List.of(subject.split(all ? "_and_" : "_or_", -1));
            List<AttributeDef> attributes = new ArrayList<>();
            for (String name : names) {
                Optional<AttributeDef> attribute = filterable(type, name);
                if (attribute.isEmpty()) {
                    attributes = null;
                    break;
                }
                attributes.add(attribute.get());
            }
            if (attributes == null) {
                continue;
            }
            ValueKind kind = attributes.get(0).kind();
            if (attributes.stream().anyMatch(a -> a.kind() != kind)
                    || (predicate.textual() && kind != ValueKind.STRING)) {
                throw JsonApiException.filterNotAllowed(key);
            }
            return new Condition(key, names, all, predicate, operands(key, predicate, kind, value), idCollation);
        }
        throw JsonApiException.filterNotAllowed(key);
    }

    private static Optional<AttributeDef> filterable(ResourceType type, String name) {
        if (name.equals("id")) {
            return Optional.of(AttributeDef.readOnly("id", ValueKind.STRING));
        }
        return type.attribute(name).filter(a -> a.kind() != ValueKind.OBJECT);
    }

    private static List<Object> operands(String key, Predicate predicate, ValueKind kind, String value) {
        switch (predicate.arity()) {
            case FLAG:
                return List.of(flag(key, value));
            case LIST:
                List<Object> values = new ArrayList<>();
                for (String item : value.split(",", -1)) {
                    values.add(typed(key, kind, item.strip()));
                }
                return values;
            default:
                return List.of(typed(key, kind, value));
        }
    }

    private static Boolean flag(String key, String value) {
        switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true": case "1": case "t": case "yes":
                return Boolean.TRUE;
            case "false": case "0": case "f": case "no":
                return Boolean.FALSE;
            default:
                throw JsonApiException.invalidFilterValue(key, value);
        }
    }

    /** The operand as the attribute's type; a value that cannot be one is a 400, not a silent mismatch. */
    static Object typed(String key, ValueKind kind, String value) {
        switch (kind) {
            case INTEGER:
                try {
                    return Long.parseLong(value.strip());
                } catch (NumberFormatException e) {
                    throw JsonApiException.invalidFilterValue(key, value);
                }
            case DECIMAL:
                try {
                    return new java.math.BigDecimal(value.strip());
                } catch (NumberFormatException e) {
                    throw JsonApiException.invalidFilterValue(key, value);
                }
            case BOOLEAN:
                return flag(key, value);
            case TIMESTAMP:
                return instant(value).orElseThrow(() -> JsonApiException.invalidFilterValue(key, value));
            default:
                return value;
        }
    }

    /** ISO-8601 with or without offset (UTC assumed) or a bare date (its midnight, UTC). */
    public static Optional<Instant> instant(String value) {
        String text = value.strip();
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return Optional.of(LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private List<SortKey> sort(Object sort, ResourceType type) {
        if (sort == null) {
            return List.of();
        }
        if (!(sort instanceof String)) {
            throw JsonApiException.invalidSort("sort", type.name());
        }
        List<SortKey> keys = new ArrayList<>();
        for (String item : ((String) sort).split(",", -1)) {
            String criterion = item.strip();
            boolean descending = criterion.startsWith("-");
            String name = descending ? criterion.substring(1) : criterion;
            if (!name.equals("id") && filterable(type, name).isEmpty()) {
                throw JsonApiException.invalidSort(criterion, type.name());
            }
            keys.add(new SortKey(name, descending, idCollation));
        }
        return keys;
    }

    private Includes includes(Object include, ResourceType type) {
        if (include == null) {
            return Includes.none();
        }
        if (!(include instanceof String)) {
            throw JsonApiException.invalidInclude("include", type.name());
        }
        Includes.Builder root = new Includes.Builder();
        for (String item : ((String) include).split(",", -1)) {
            String path = item.strip();
            Includes.Builder node = root;
            ResourceType current = type;
            for (String relationship : path.split("\\.", -1)) {
                ResourceType from = current;
                String target = current.relationship(relationship)
                        .orElseThrow(() -> JsonApiException.invalidInclude(relationship, from.name()))
                        .targetType();
                current = schema.type(target).orElseThrow();
                node = node.child(relationship);
            }
        }
        return root.build();
    }

    private Map<String, Set<String>> fields(Object fields) {
        if (fields == null) {
            return Map.of();
        }
        if (!(fields instanceof Map)) {
            throw JsonApiException.paramNotAllowed("fields");
        }
        Map<String, Set<String>> sparse = new LinkedHashMap<>();
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) fields).entrySet()) {
            String typeName = entry.getKey().toString();
            ResourceType type = schema.type(typeName)
                    .orElseThrow(() -> JsonApiException.invalidResource(typeName));
            if (!(entry.getValue() instanceof String)) {
                throw JsonApiException.invalidField(typeName, typeName);
            }
            Set<String> names = new LinkedHashSet<>();
            for (String item : ((String) entry.getValue()).split(",", -1)) {
                String name = item.strip();
                if (type.attribute(name).isEmpty() && type.relationship(name).isEmpty()) {
                    throw JsonApiException.invalidField(name, typeName);
                }
                names.add(name);
            }
            sparse.put(typeName, names);
        }
        return sparse;
    }
}
