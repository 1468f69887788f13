package com.commerceconnectors.sandbox.magento.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Turns one filter into a predicate with MySQL's semantics: comparing with NULL is never true (so {@code neq} and
 * {@code nin} skip rows where the field is empty), {@code in} splits its value on commas, and a condition type
 * Magento does not know (they are case-sensitive: {@code GTEQ} is unknown) degrades to equality, as its SQL
 * builder does.
 */
final class ConditionCompiler {

    private ConditionCompiler() {
    }

    static <R> RowFilter<R> compile(Filter filter, FieldDef<R> field) {
        String condition = filter.effectiveCondition();
        String value = filter.value();
        FieldReader<R> reader = field.reader();
        if (field.type() == FieldType.ID_SET) {
            return idSet(condition, value, reader);
        }
        if (condition.equals("null")) {
            return (row, store) -> reader.read(row, store) == null;
        }
        if (condition.equals("notnull")) {
            return (row, store) -> reader.read(row, store) != null;
        }
        if (value == null) {
            return (row, store) -> false;
        }
        FieldType type = field.type();
        switch (condition) {
            case "neq":
                return compare(reader, Operand.of(type, value), c -> c != 0);
            case "gt":
                return compare(reader, Operand.of(type, value), c -> c > 0);
            case "gteq":
            case "moreq":
            case "from":
                return compare(reader, Operand.of(type, value), c -> c >= 0);
            case "lt":
                return compare(reader, Operand.of(type, value), c -> c < 0);
            case "lteq":
            case "to":
                return compare(reader, Operand.of(type, value), c -> c <= 0);
            case "like":
                return like(reader, LikePattern.compile(value), true);
            case "nlike":
                return like(reader, LikePattern.compile(value), false);
            case "in":
                return in(reader, operands(type, value), true);
            case "nin":
                return in(reader, operands(type, value), false);
            case "finset":
                return findInSet(reader, value, true);
            case "nfinset":
                return findInSet(reader, value, false);
            default:
                return compare(reader, Operand.of(type, value), c -> c == 0);
        }
    }

    private interface Sign {
        boolean accepts(int comparison);
    }

    private static <R> RowFilter<R> compare(FieldReader<R> reader, Operand operand, Sign sign) {
        return (row, store) -> {
            Object value = reader.read(row, store);
            return value != null && sign.accepts(operand.compare(value));
        };
    }

    private static <R> RowFilter<R> like(FieldReader<R> reader, LikePattern pattern, boolean positive) {
        return (row, store) -> {
            Object value = reader.read(row, store);
            return value != null && pattern.matches(SqlValues.text(value)) == positive;
        };
    }

    private static <R> RowFilter<R> in(FieldReader<R> reader, List<Operand> operands, boolean positive) {
        return (row, store) -> {
            Object value = reader.read(row, store);
            if (value == null) {
                return false;
            }
            for (Operand operand : operands) {
                if (operand.compare(value) == 0) {
                    return positive;
                }
            }
            return !positive;
        };
    }

    private static <R> RowFilter<R> findInSet(FieldReader<R> reader, String needle, boolean positive) {
        String collated = SqlValues.collate(needle);
        return (row, store) -> {
            Object value = reader.read(row, store);
            if (value == null) {
                return false;
            }
            boolean found = false;
            if (!collated.contains(",")) {
                for (String item : SqlValues.text(value).split(",", -1)) {
                    if (SqlValues.collate(item).equals(collated)) {
                        found = true;
                        break;
                    }
                }
            }
            return found == positive;
        };
    }

    /** Category membership and similar: equality means "is a member", {@code in} "is a member of any". */
    private static <R> RowFilter<R> idSet(String condition, String value, FieldReader<R> reader) {
        List<String> wanted = new ArrayList<>();
        if (value != null) {
            for (String part : (condition.equals("in") || condition.equals("nin") ? value.split(",", -1)
                    : new String[] {value})) {
                wanted.add(SqlValues.collate(part));
            }
        }
        boolean negative = condition.equals("neq") || condition.equals("nin");
        return (row, store) -> {
            Object members = reader.read(row, store);
            boolean member = false;
            if (members instanceof Collection) {
                for (Object item : (Collection<?>) members) {
                    if (wanted.contains(SqlValues.collate(String.valueOf(item)))) {
                        member = true;
                        break;
                    }
                }
            }
            return member != negative;
        };
    }

    private static List<Operand> operands(FieldType type, String value) {
        List<Operand> operands = new ArrayList<>();
        for (String part : value.split(",", -1)) {
            operands.add(Operand.of(type, part));
        }
        return operands;
    }
}
