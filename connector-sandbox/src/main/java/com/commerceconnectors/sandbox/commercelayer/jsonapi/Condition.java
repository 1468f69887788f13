package com.commerceconnectors.sandbox.commercelayer.jsonapi;

import com.commerceconnectors.sandbox.commercelayer.store.Resource;

import java.util.List;

/**
 * One ransack condition, e.g. {@code updated_at_gteq=2024-03-01T10:00:00Z} or {@code code_or_name_cont=shirt}:
 * true when any of the attributes (joined by {@code _or_}) or all of them (joined by {@code _and_}) satisfy the
 * predicate. The {@code id} is compared under the API's {@link IdCollation}.
 *
 * @param key         the parameter as sent, without {@code filter[q]}, e.g. {@code id_gt}
 * @param attributes  the attributes compared
 * @param all         {@code true} for {@code _and_}, {@code false} for {@code _or_} (one attribute: either)
 * @param operands    typed operands (see {@link Predicate#test(Object, List)})
 * @param idCollation how an {@code id} compares
 */
public record Condition(String key, List<String> attributes, boolean all, Predicate predicate, List<Object> operands,
                        IdCollation idCollation) {

    public Condition {
        attributes = List.copyOf(attributes);
        operands = List.copyOf(operands);
    }

    public boolean matches(Resource resource) {
        if (all) {
            return attributes.stream().allMatch(a -> test(resource, a));
        }
        return attributes.stream().anyMatch(a -> test(resource, a));
    }

    private boolean test(Resource resource, String attribute) {
        if (!attribute.equals("id") || predicate.arity() == Predicate.Arity.FLAG) {
            return predicate.test(resource.value(attribute), operands);
        }
        List<Object> keys = operands.stream().map(o -> (Object) idCollation.filterKey((String) o)).toList();
        return predicate.test(idCollation.filterKey(resource.id()), keys);
    }
}
