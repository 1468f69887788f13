package com.commerceconnectors.sandbox.oro.query;

import com.commerceconnectors.sandbox.oro.data.FieldType;
import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Typed values for filters: parses a filter value of a field's type (date-times under the Oro version's syntax),
 * reads a stored value of that type, and knows which operators each type allows by default.
 */
final class ValueCodec {

    private static final Set<FilterOperator> ORDERED = EnumSet.of(FilterOperator.EQ, FilterOperator.NEQ,
            FilterOperator.LT, FilterOperator.LTE, FilterOperator.GT, FilterOperator.GTE, FilterOperator.EXISTS,
            FilterOperator.NEQ_OR_NULL);
    private static final Set<FilterOperator> EQUALITY = EnumSet.of(FilterOperator.EQ, FilterOperator.NEQ,
            FilterOperator.EXISTS, FilterOperator.NEQ_OR_NULL);
    /** The parts of any date-time either version accepts; the version's syntax is checked first. */
    private static final Pattern DATETIME = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:[T ](\\d{2})"
            + "(?::(\\d{2}))?(?::(\\d{2}))?(?:\\.(\\d+))?(Z|[-+]\\d{2}(?::?\\d{2})?)?)?)?)?");

    private final DatetimeSyntax datetimeSyntax;

    ValueCodec(DatetimeSyntax datetimeSyntax) {
        this.datetimeSyntax = datetimeSyntax;
    }

    /** Oro allows eight operators on numbers and dates, four on strings and booleans, unless a developer adds more. */
    static boolean allows(FieldType type, FilterOperator operator) {
        return switch (type) {
            case INTEGER, DECIMAL, DATETIME -> ORDERED.contains(operator);
            default -> EQUALITY.contains(operator);
        };
    }

    static boolean rangeAllowed(FieldType type) {
        return type == FieldType.INTEGER || type == FieldType.DECIMAL || type == FieldType.DATETIME;
    }

    /** The value as the type, or {@code null} when the text is not a value of the type. */
    Comparable<?> parse(FieldType type, String text) {
        try {
            return switch (type) {
                case INTEGER -> Long.parseLong(text.trim());
                case DECIMAL -> new BigDecimal(text.trim());
                case BOOLEAN -> parseBoolean(text);
                case DATETIME -> parseDateTime(text);
                default -> text;
            };
        } catch (IllegalArgumentException | DateTimeException | ArithmeticException e) {
            return null;
        }
    }

    /** The stored value as a comparable, or {@code null} when it is null or absent. */
    static Comparable<?> read(FieldType type, JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return null;
        }
        return switch (type) {
            case INTEGER -> node.asLong();
            case DECIMAL -> new BigDecimal(node.asText());
            case BOOLEAN -> node.asBoolean();
            case DATETIME -> Instant.parse(node.asText());
            default -> node.asText();
        };
    }

    static boolean parseBoolean(String text) {
        String value = text.trim().toLowerCase(Locale.ROOT);
        switch (value) {
            case "true", "1", "yes":
                return true;
            case "false", "0", "no":
                return false;
            default:
                throw new IllegalArgumentException(text);
        }
    }

    /**
     * A date-time the version's syntax accepts, as the instant it starts at: a year is its first of January, a
     * date its midnight, an hour its first minute; no offset means UTC.
     */
    private Instant parseDateTime(String text) {
        if (!datetimeSyntax.accepts(text)) {
            throw new IllegalArgumentException(text);
        }
        Matcher m = DATETIME.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException(text);
        }
        LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(1)), number(m.group(2), 1),
                number(m.group(3), 1), number(m.group(4), 0), number(m.group(5), 0), number(m.group(6), 0),
                nanos(m.group(7)));
        return local.toInstant(offset(m.group(8)));
    }

    private static int number(String digits, int absent) {
        return digits == null ? absent : Integer.parseInt(digits);
    }

    private static int nanos(String fraction) {
        if (fraction == null) {
            return 0;
        }
        String nine = (fraction + "000000000").substring(0, 9);
        return Integer.parseInt(nine);
    }

    private static ZoneOffset offset(String zone) {
        if (zone == null || zone.equals("Z")) {
            return ZoneOffset.UTC;
        }
        String digits = zone.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.substring(0, 2));
        int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
        return ZoneOffset.ofHoursMinutes(zone.charAt(0) == '-' ? -hours : hours, zone.charAt(0) == '-' ? -minutes
                : minutes);
    }
}
