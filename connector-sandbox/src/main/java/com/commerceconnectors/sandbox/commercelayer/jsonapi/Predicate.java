package com.commerceconnectors.sandbox.commercelayer.jsonapi;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The ransack predicates {@code filter[q][attribute_predicate]} accepts, named by their suffix. Longer suffixes are
 * listed first so {@code _not_eq} is never read as {@code _eq}. String matching ({@code _start}, {@code _end},
 * {@code _cont}) ignores case, as ransack's {@code ILIKE} on PostgreSQL does.
 */
public enum Predicate {
    NOT_EQ("not_eq", Arity.ONE),
    NOT_IN("not_in", Arity.LIST),
    NOT_START("not_start", Arity.ONE),
    NOT_END("not_end", Arity.ONE),
    NOT_CONT("not_cont", Arity.ONE),
    NOT_NULL("not_null", Arity.FLAG),
    I_CONT("i_cont", Arity.ONE),
    LTEQ("lteq", Arity.ONE),
    GTEQ("gteq", Arity.ONE),
    START("start", Arity.ONE),
    END("end", Arity.ONE),
    CONT("cont", Arity.ONE),
    NULL("null", Arity.FLAG),
    PRESENT("present", Arity.FLAG),
    BLANK("blank", Arity.FLAG),
    TRUE("true", Arity.FLAG),
    FALSE("false", Arity.FLAG),
    EQ("eq", Arity.ONE),
    IN("in", Arity.LIST),
    LT("lt", Arity.ONE),
    GT("gt", Arity.ONE);

    /** How many operands a predicate takes. */
    public enum Arity {
        /** One value of the attribute's type. */
        ONE,
        /** A comma-separated list of values. */
        LIST,
        /** A boolean flag ({@code _null=true}). */
        FLAG
    }

    private final String suffix;
    private final Arity arity;

    Predicate(String suffix, Arity arity) {
        this.suffix = suffix;
        this.arity = arity;
    }

    public String suffix() {
        return suffix;
    }

    public Arity arity() {
        return arity;
    }

    /** Whether it compares strings (and so needs a string attribute). */
    public boolean textual() {
        return switch (this) {
            case START, NOT_START, END, NOT_END, CONT, NOT_CONT, I_CONT -> true;
            default -> false;
        };
    }

    /**
     * Applies the predicate to an attribute value (already typed). {@code operands} holds one typed value for
     * {@link Arity#ONE}, the typed values for {@link Arity#LIST} and a {@code Boolean} for {@link Arity#FLAG}.
     * A {@code null} attribute fails every comparison, as {@code NULL} does in SQL.
     */
    public boolean test(Object value, List<Object> operands) {
        Object operand = operands.isEmpty() ? null : operands.get(0);
        switch (this) {
            case NULL:
                return (value == null) == (Boolean) operand;
            case NOT_NULL:
                return (value != null) == (Boolean) operand;
            case PRESENT:
                return (value != null && !value.toString().isBlank()) == (Boolean) operand;
            case BLANK:
                return (value == null || value.toString().isBlank()) == (Boolean) operand;
            case TRUE:
                return value instanceof Boolean && ((Boolean) value == (Boolean) operand);
            case FALSE:
                return value instanceof Boolean && ((Boolean) value != (Boolean) operand);
            default:
                break;
        }
        if (value == null) {
            return false;
        }
        switch (this) {
            case EQ:
                return compare(value, operand) == 0;
            case NOT_EQ:
                return compare(value, operand) != 0;
            case LT:
                return compare(value, operand) < 0;
            case LTEQ:
                return compare(value, operand) <= 0;
            case GT:
                return compare(value, operand) > 0;
            case GTEQ:
                return compare(value, operand) >= 0;
            case IN:
                return operands.stream().anyMatch(o -> compare(value, o) == 0);
            case NOT_IN:
                return operands.stream().noneMatch(o -> compare(value, o) == 0);
            case START:
                return lower(value).startsWith(lower(operand));
            case NOT_START:
                return !lower(value).startsWith(lower(operand));
            case END:
                return lower(value).endsWith(lower(operand));
            case NOT_END:
                return !lower(value).endsWith(lower(operand));
            case CONT:
            case I_CONT:
                return lower(value).contains(lower(operand));
            case NOT_CONT:
                return !lower(value).contains(lower(operand));
            default:
                throw new IllegalStateException("unhandled predicate " + this);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object value, Object operand) {
        return Comparator.<Comparable>naturalOrder().compare((Comparable) value, (Comparable) operand);
    }

    private static String lower(Object value) {
        return value.toString().toLowerCase(Locale.ROOT);
    }
}
