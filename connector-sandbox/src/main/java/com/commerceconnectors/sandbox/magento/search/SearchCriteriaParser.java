package com.commerceconnectors.sandbox.magento.search;

import com.commerceconnectors.sandbox.magento.web.InputLimits;
import com.commerceconnectors.sandbox.magento.web.InputValues;
import com.commerceconnectors.sandbox.magento.web.MagentoException;
import com.commerceconnectors.sandbox.magento.web.TypeMismatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Builds a {@link SearchCriteria} from a PHP-parsed query the way Magento's service input processor does:
 * property names match case-insensitively with underscores ignored, unknown properties are refused, values are
 * converted with PHP's leniency, and conversion errors are reported with one "Error occurred during ..." prefix per
 * enclosing property.
 */
public final class SearchCriteriaParser {

    private static final Pattern SORT_FIELD_RESTRICTED = Pattern.compile("[^a-z0-9_]", Pattern.CASE_INSENSITIVE);
    /** The item types of the criteria's entity arrays, as the getters of SearchCriteriaInterface declare them. */
    private static final String FILTER_GROUP_TYPE = "\\Magento\\Framework\\Api\\Search\\FilterGroup";
    private static final String FILTER_TYPE = "\\Magento\\Framework\\Api\\Filter";
    private static final String SORT_ORDER_TYPE = "\\Magento\\Framework\\Api\\SortOrder";

    private SearchCriteriaParser() {
    }

    /**
     * Reads the criteria; when the input limits are on, checks its entity arrays and page size in the order the
     * properties come, as Magento's validators do while the criteria are built, and applies the default page size.
     *
     * @throws MagentoException when the criteria are missing, malformed or over the input limits
     */
    public static SearchCriteria parse(Map<String, Object> query, InputLimits limits) {
        Object raw = query.containsKey("searchCriteria") ? query.get("searchCriteria") : query.get("search_criteria");
        if (raw == null) {
            throw MagentoException.required(List.of("searchCriteria"));
        }
        SearchCriteria criteria;
        if (!(raw instanceof Map)) {
            // "searchCriteria=" is the documented way to ask for everything.
            criteria = SearchCriteria.EMPTY;
        } else {
            try {
                criteria = criteria(asMap(raw), limits);
            } catch (TypeMismatch e) {
                throw e.toResponse();
            }
        }
        return limits.enabled() && criteria.pageSize() == null
                ? criteria.withPageSize(limits.defaultPageSize()) : criteria;
    }

    private static SearchCriteria criteria(Map<String, Object> properties, InputLimits limits) {
        List<FilterGroup> groups = List.of();
        List<SortOrder> sorts = null;
        Integer pageSize = null;
        Integer currentPage = null;
        for (Map.Entry<String, Object> property : properties.entrySet()) {
            String name = property.getKey();
            Object value = property.getValue();
            try {
                switch (InputValues.propertyKey(name)) {
                    case "filtergroups":
                        groups = groups(value, limits);
                        break;
                    case "sortorders":
                        sorts = sortOrders(value, limits);
                        break;
                    case "pagesize":
                        pageSize = integer(value);
                        limits.checkPageSize(pageSize);
                        break;
                    case "currentpage":
                        currentPage = integer(value);
                        break;
                    default:
                        throw MagentoException.notSupported(name);
                }
            } catch (TypeMismatch e) {
                throw e.within(name);
            }
        }
        return new SearchCriteria(groups, sorts, pageSize, currentPage);
    }

    private static List<FilterGroup> groups(Object value, InputLimits limits) {
        List<FilterGroup> groups = new ArrayList<>();
        if (!(value instanceof Map)) {
            return groups;
        }
        limits.checkList(FILTER_GROUP_TYPE, asMap(value).size());
        for (Object groupValue : asMap(value).values()) {
            List<Filter> filters = new ArrayList<>();
            if (groupValue instanceof Map) {
                for (Map.Entry<String, Object> property : asMap(groupValue).entrySet()) {
                    if (!InputValues.propertyKey(property.getKey()).equals("filters")) {
                        throw MagentoException.notSupported(property.getKey());
                    }
                    try {
                        filters = filters(property.getValue(), limits);
                    } catch (TypeMismatch e) {
                        throw e.within(property.getKey());
                    }
                }
            }
            groups.add(new FilterGroup(filters));
        }
        return groups;
    }

    private static List<Filter> filters(Object value, InputLimits limits) {
        List<Filter> filters = new ArrayList<>();
        if (!(value instanceof Map)) {
            return filters;
        }
        limits.checkList(FILTER_TYPE, asMap(value).size());
        for (Object filterValue : asMap(value).values()) {
            String field = null;
            String filterValueText = null;
            String condition = null;
            if (filterValue instanceof Map) {
                for (Map.Entry<String, Object> property : asMap(filterValue).entrySet()) {
                    try {
                        switch (InputValues.propertyKey(property.getKey())) {
                            case "field":
                                field = string(property.getValue());
                                break;
                            case "value":
                                filterValueText = string(property.getValue());
                                break;
                            case "conditiontype":
                                condition = string(property.getValue());
                                break;
                            default:
                                throw MagentoException.notSupported(property.getKey());
                        }
                    } catch (TypeMismatch e) {
                        throw e.within(property.getKey());
                    }
                }
            }
            filters.add(new Filter(field, filterValueText, condition));
        }
        return filters;
    }

    private static List<SortOrder> sortOrders(Object value, InputLimits limits) {
        List<SortOrder> orders = new ArrayList<>();
        if (!(value instanceof Map)) {
            return orders;
        }
        limits.checkList(SORT_ORDER_TYPE, asMap(value).size());
        for (Object orderValue : asMap(value).values()) {
            String field = null;
            String direction = null;
            if (orderValue instanceof Map) {
                for (Map.Entry<String, Object> property : asMap(orderValue).entrySet()) {
                    try {
                        switch (InputValues.propertyKey(property.getKey())) {
                            case "field":
                                field = sortField(string(property.getValue()));
                                break;
                            case "direction":
                                direction = direction(string(property.getValue()));
                                break;
                            default:
                                throw MagentoException.notSupported(property.getKey());
                        }
                    } catch (TypeMismatch e) {
                        throw e.within(property.getKey());
                    }
                }
            }
            orders.add(new SortOrder(field, direction));
        }
        return orders;
    }

    /** Magento refuses sort fields that could smuggle SQL. */
    private static String sortField(String field) {
        if (SORT_FIELD_RESTRICTED.matcher(field).find()) {
            throw MagentoException.badRequest("Sort order field %1 contains restricted symbols", List.of(field));
        }
        return field;
    }

    private static String direction(String direction) {
        String normalised = direction.toUpperCase(Locale.ROOT);
        if (!normalised.equals("ASC") && !normalised.equals("DESC")) {
            throw MagentoException.badRequest(
                    "The sort order has to be specified as %1 for ascending order or %2 for descending order.",
                    List.of("ASC", "DESC"));
        }
        return normalised;
    }

    private static Integer integer(Object value) {
        if (value instanceof Map) {
            throw TypeMismatch.of("array", "int");
        }
        return InputValues.toInt((String) value);
    }

    private static String string(Object value) {
        if (value instanceof Map) {
            throw TypeMismatch.of("array", "string");
        }
        return (String) value;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }
}
