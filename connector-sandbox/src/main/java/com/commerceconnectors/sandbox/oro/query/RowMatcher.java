package com.commerceconnectors.sandbox.oro.query;

import com.commerceconnectors.sandbox.oro.data.Relation;
import com.commerceconnectors.sandbox.oro.data.Resource;
import com.commerceconnectors.sandbox.oro.data.ResourceType;

import java.util.List;
import java.util.Optional;

/**
 * Evaluates one {@link Criterion} against a stored row. A null value matches only {@code exists=false} and
 * {@code neq_or_null}, as SQL comparisons with NULL do in Oro's queries.
 */
final class RowMatcher {

    private RowMatcher() {
    }

    static boolean matches(Resource row, ResourceType type, Criterion c) {
        Optional<Relation> relation = type.relation(c.field());
        if (relation.isPresent() && relation.get().toMany()) {
            return matchesToMany(row.related(c.field()), c);
        }
        Comparable<?> actual = value(row, type, c.field());
        switch (c.operator()) {
            case EXISTS:
                return (actual != null) == (Boolean) c.values().get(0);
            case EQ:
                return actual != null && (c.isRange() ? inRange(actual, c) : anyEqual(actual, c.values()));
            case NEQ:
                return actual != null && !(c.isRange() ? inRange(actual, c) : anyEqual(actual, c.values()));
            case NEQ_OR_NULL:
                return actual == null || !anyEqual(actual, c.values());
            case LT:
                return actual != null && compare(actual, c.values().get(0)) < 0;
            case LTE:
                return actual != null && compare(actual, c.values().get(0)) <= 0;
            case GT:
                return actual != null && compare(actual, c.values().get(0)) > 0;
            case GTE:
                return actual != null && compare(actual, c.values().get(0)) >= 0;
            default:
                return false;
        }
    }

    /** To-many: {@code eq} means "contains any of", {@code neq} "contains none of", {@code exists} "not empty". */
    private static boolean matchesToMany(List<Long> ids, Criterion c) {
        switch (c.operator()) {
            case EXISTS:
                return !ids.isEmpty() == (Boolean) c.values().get(0);
            case EQ:
                return ids.stream().anyMatch(id -> c.isRange() ? inRange(id, c) : anyEqual(id, c.values()));
            case NEQ:
            case NEQ_OR_NULL:
                return ids.stream().noneMatch(id -> c.isRange() ? inRange(id, c) : anyEqual(id, c.values()));
            default:
                return ids.stream().anyMatch(id -> compareOperator(id, c));
        }
    }

    private static boolean compareOperator(Comparable<?> actual, Criterion c) {
        int cmp = compare(actual, c.values().get(0));
        return switch (c.operator()) {
            case LT -> cmp < 0;
            case LTE -> cmp <= 0;
            case GT -> cmp > 0;
            case GTE -> cmp >= 0;
            default -> false;
        };
    }

    static Comparable<?> value(Resource row, ResourceType type, String field) {
        if (field.equals("id")) {
            return row.id();
        }
        if (type.relation(field).isPresent()) {
            List<Long> ids = row.related(field);
            return ids.isEmpty() ? null : ids.get(0);
        }
        return ValueCodec.read(type.attributes().get(field), row.attribute(field));
    }

    private static boolean anyEqual(Comparable<?> actual, List<Comparable<?>> values) {
        return values.stream().anyMatch(v -> compare(actual, v) == 0);
    }

    private static boolean inRange(Comparable<?> actual, Criterion c) {
        return compare(actual, c.rangeFrom()) >= 0 && compare(actual, c.rangeTo()) <= 0;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compare(Comparable a, Comparable b) {
        return a.compareTo(b);
    }
}
