package com.commerceconnectors.sandbox.oro.query;

import com.commerceconnectors.sandbox.oro.data.FieldType;
import com.commerceconnectors.sandbox.oro.data.Resource;
import com.commerceconnectors.sandbox.oro.data.ResourceType;
import com.commerceconnectors.sandbox.oro.jsonapi.ApiProblem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The query string of a JSON:API read, understood as Oro understands it: {@code filter[…]} (all AND'ed),
 * {@code sort}, {@code page[number]}/{@code page[size]}, {@code include}, {@code fields[type]} and {@code meta}.
 * Any other parameter, and any filter Oro has not configured, is refused with Oro's "filter constraint" error
 * "The filter is not supported." naming the parameter as sent; a value of the wrong type is a "filter constraint"
 * error too; a sort by fields without a sorter is one "sort constraint" error naming them all. A single-resource
 * read accepts only {@code include}, {@code fields} and {@code meta}.
 */
public final class ResourceQuery {

    private static final Pattern FILTER_KEY = Pattern.compile("^filter\\[([^\\]]+)\\](?:\\[([^\\]]*)\\])?$");
    private static final Pattern FIELDS_KEY = Pattern.compile("^fields\\[([^\\]]+)\\]$");
    private static final String FILTER_CONSTRAINT = "filter constraint";

    private final List<Criterion> criteria;
    private final List<SortKey> sort;
    private final int pageNumber;
    private final int pageSize;
    private final List<String> include;
    private final Map<String, Set<String>> fields;
    private final QueryRules rules;

    private ResourceQuery(List<Criterion> criteria, List<SortKey> sort, int pageNumber, int pageSize,
                          List<String> include, Map<String, Set<String>> fields, QueryRules rules) {
        this.criteria = criteria;
        this.sort = sort;
        this.pageNumber = pageNumber;
        this.pageSize = pageSize;
        this.include = include;
        this.fields = fields;
        this.rules = rules;
    }

    /**
     * @param list {@code true} for a list read (filters, sort and paging allowed)
     * @throws ApiProblem with Oro's error for the first parameter it does not accept
     */
    public static ResourceQuery parse(String rawQuery, ResourceType type, boolean list, QueryRules rules) {
        List<Criterion> criteria = new ArrayList<>();
        List<SortKey> sort = new ArrayList<>();
        int pageNumber = 1;
        int pageSize = rules.defaultPageSize();
        List<String> include = List.of();
        Map<String, Set<String>> fields = new LinkedHashMap<>();
        List<QueryParameters.Parameter> parameters = rules.symbolOperators()
                ? QueryParameters.parseWithSymbols(rawQuery) : QueryParameters.parse(rawQuery);
        for (QueryParameters.Parameter p : parameters) {
            String key = p.key();
            Matcher fieldsKey = FIELDS_KEY.matcher(key);
            if (fieldsKey.matches() && p.symbol().equals("=")) {
                fields.put(fieldsKey.group(1), new LinkedHashSet<>(csv(p.value())));
            } else if (key.equals("include") && p.symbol().equals("=")) {
                include = includes(type, p.value());
            } else if (key.equals("meta") && p.symbol().equals("=")) {
                continue;
            } else if (list && key.equals("sort") && p.symbol().equals("=")) {
                sort = sortKeys(type, p.value(), rules.configuredOnly());
            } else if (list && key.equals("page[number]") && p.symbol().equals("=")) {
                pageNumber = pageNumber(p.value());
            } else if (list && key.equals("page[size]") && p.symbol().equals("=")) {
                pageSize = pageSize(p.value(), rules.maxPageSize());
            } else if (list && key.startsWith("filter[")) {
                criteria.add(criterion(type, p, rules));
            } else {
                throw unsupported(key);
            }
        }
        return new ResourceQuery(List.copyOf(criteria), List.copyOf(sort), pageNumber, pageSize, include,
                Collections.unmodifiableMap(fields), rules);
    }

    /**
     * Filters, sorts (by the requested keys, then id) and cuts the page; a misbehaving server (see
     * {@link QueryRules}) skips the sort or the filters it ignores.
     */
    public PageResult run(List<Resource> rows, ResourceType type) {
        List<Criterion> applied = criteria.stream().filter(c -> !rules.ignoredFilters().contains(c.field()))
                .toList();
        List<Resource> matching = new ArrayList<>();
        for (Resource row : rows) {
            if (applied.stream().allMatch(c -> RowMatcher.matches(row, type, c))) {
                matching.add(row);
            }
        }
        matching.sort(comparator(type, rules.ignoreSort() ? List.of() : sort));
        int total = matching.size();
        if (pageSize < 0) {
            return new PageResult(matching, total, false);
        }
        long from = (long) (pageNumber - 1) * pageSize;
        if (from >= total) {
            return new PageResult(List.of(), total, false);
        }
        int to = (int) Math.min(total, from + pageSize);
        return new PageResult(List.copyOf(matching.subList((int) from, to)), total, to < total);
    }

    /** Whether any {@code filter[…]} was given. */
    public boolean hasFilters() {
        return !criteria.isEmpty();
    }

    public int pageNumber() {
        return pageNumber;
    }

    /** {@code -1} when paging is off. */
    public int pageSize() {
        return pageSize;
    }

    /** Relationship names whose resources go to {@code included}. */
    public List<String> include() {
        return include;
    }

    /** The sparse fieldset of a type, or empty when every field is wanted. */
    public Optional<Set<String>> fields(String type) {
        return Optional.ofNullable(fields.get(type));
    }

    private static Criterion criterion(ResourceType type, QueryParameters.Parameter p, QueryRules rules) {
        Matcher m = FILTER_KEY.matcher(p.key());
        if (!m.matches()) {
            throw unsupported(p.key());
        }
        String field = m.group(1);
        String parameter = p.key();
        FilterOperator operator;
        if (m.group(2) != null) {
            if (!p.symbol().equals("=")) {
                throw unsupported(p.key());
            }
            operator = FilterOperator.byName(m.group(2)).orElseThrow(() -> unsupported(p.key()));
        } else {
            operator = FilterOperator.BY_SYMBOL_LENGTH.stream().filter(op -> op.symbol().equals(p.symbol()))
                    .findFirst().orElseThrow(() -> unsupported(p.key()));
        }
        FieldType fieldType = type.filterType(field, rules.configuredOnly())
                .orElseThrow(() -> unsupported(parameter));
        if (!ValueCodec.allows(fieldType, operator)) {
            throw ApiProblem.parameter(400, FILTER_CONSTRAINT,
                    "The operator \"" + operator.operatorName() + "\" is not supported.", parameter);
        }
        String value = p.value();
        if (operator == FilterOperator.EXISTS) {
            boolean exists;
            try {
                exists = ValueCodec.parseBoolean(value);
            } catch (IllegalArgumentException e) {
                throw ApiProblem.parameter(400, FILTER_CONSTRAINT,
                        "Expected boolean value. Given \"" + value + "\".", parameter);
            }
            return new Criterion(field, fieldType, operator, List.of(exists), null, null, parameter);
        }
        ValueCodec codec = new ValueCodec(rules.datetimeSyntax());
        int dots = value.indexOf("..");
        if (dots > 0 && (operator == FilterOperator.EQ || operator == FilterOperator.NEQ)
                && ValueCodec.rangeAllowed(fieldType)) {
            Comparable<?> from = codec.parse(fieldType, value.substring(0, dots));
            Comparable<?> to = codec.parse(fieldType, value.substring(dots + 2));
            if (from == null || to == null) {
                throw ApiProblem.parameter(400, FILTER_CONSTRAINT, "Expected a pair of " + fieldType.label()
                        + "s (" + fieldType.label() + ".." + fieldType.label() + "). Given \"" + value + "\".",
                        parameter);
            }
            return new Criterion(field, fieldType, operator, List.of(), from, to, parameter);
        }
        List<String> items = (operator == FilterOperator.EQ || operator == FilterOperator.NEQ
                || operator == FilterOperator.NEQ_OR_NULL) ? csv(value) : List.of(value);
        if (items.isEmpty()) {
            throw ApiProblem.parameter(400, FILTER_CONSTRAINT,
                    "Expected " + fieldType.label() + " value. Given \"\".", parameter);
        }
        List<Comparable<?>> values = new ArrayList<>();
        for (String item : items) {
            Comparable<?> parsed = codec.parse(fieldType, item);
            if (parsed == null) {
                throw ApiProblem.parameter(400, FILTER_CONSTRAINT, items.size() == 1
                        ? "Expected " + fieldType.label() + " value. Given \"" + item + "\"."
                        : "Expected an array of " + fieldType.label() + "s. Given \"" + value + "\".", parameter);
            }
            values.add(parsed);
        }
        return new Criterion(field, fieldType, operator, List.copyOf(values), null, null, parameter);
    }

    private static List<SortKey> sortKeys(ResourceType type, String value, boolean configuredOnly) {
        List<SortKey> keys = new ArrayList<>();
        List<String> unsupported = new ArrayList<>();
        for (String item : csv(value)) {
            boolean descending = item.startsWith("-");
            String field = descending ? item.substring(1) : item;
            Optional<FieldType> fieldType = type.sortType(field, configuredOnly);
            if (fieldType.isEmpty()) {
                unsupported.add(field);
            } else {
                keys.add(new SortKey(field, fieldType.get(), descending));
            }
        }
        if (!unsupported.isEmpty()) {
            throw ApiProblem.parameter(400, "sort constraint", "Sorting by \"" + String.join(", ", unsupported)
                    + "\" field" + (unsupported.size() == 1 ? " is" : "s are") + " not supported.", "sort");
        }
        return keys;
    }

    private static List<String> includes(ResourceType type, String value) {
        List<String> names = csv(value);
        for (String name : names) {
            if (type.relation(name).isEmpty()) {
                throw ApiProblem.parameter(400, FILTER_CONSTRAINT,
                        "The relationship \"" + name + "\" does not exist.", "include");
            }
        }
        return List.copyOf(names);
    }

    private static int pageNumber(String value) {
        int number = integer(value, "page[number]");
        if (number < 1) {
            throw ApiProblem.parameter(400, FILTER_CONSTRAINT,
                    "The value should be greater than or equal to 1.", "page[number]");
        }
        return number;
    }

    private static int pageSize(String value, int max) {
        int size = integer(value, "page[size]");
        if (size == -1) {
            return -1;
        }
        if (size < 1) {
            throw ApiProblem.parameter(400, FILTER_CONSTRAINT,
                    "The value should be greater than 0, or -1 to turn paging off.", "page[size]");
        }
        if (size > max) {
            throw ApiProblem.parameter(400, FILTER_CONSTRAINT,
                    "The value should be less than or equal to " + max + ".", "page[size]");
        }
        return size;
    }

    private static int integer(String value, String parameter) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw ApiProblem.parameter(400, FILTER_CONSTRAINT,
                    "Expected integer value. Given \"" + value + "\".", parameter);
        }
    }

    private static ApiProblem unsupported(String parameter) {
        return ApiProblem.parameter(400, FILTER_CONSTRAINT, "The filter is not supported.", parameter);
    }

    private static List<String> csv(String value) {
        List<String> items = new ArrayList<>();
        for (String item : value.split(",")) {
            String trimmed = item.trim();
            if (!trimmed.isEmpty()) {
                items.add(trimmed);
            }
        }
        return items;
    }

    private static Comparator<Resource> comparator(ResourceType type, List<SortKey> sort) {
        Comparator<Resource> result = null;
        for (SortKey key : sort) {
            Comparator<Resource> next = Comparator.comparing(
                    (Resource row) -> RowMatcher.value(row, type, key.field()), ResourceQuery::nullsLast);
            if (key.descending()) {
                next = next.reversed();
            }
            result = result == null ? next : result.thenComparing(next);
        }
        Comparator<Resource> byId = Comparator.comparingLong(Resource::id);
        if (sort.stream().anyMatch(k -> k.field().equals("id"))) {
            return result;
        }
        return result == null ? byId : result.thenComparing(byId);
    }

    /** Nulls sort last ascending and first descending, as PostgreSQL (Oro's database) orders them. */
    private static int nullsLast(Comparable<?> a, Comparable<?> b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        return RowMatcher.compare(a, b);
    }
}
