package com.commerceconnectors.sandbox.oro.query;

import com.commerceconnectors.sandbox.oro.data.FieldType;
import com.commerceconnectors.sandbox.oro.jsonapi.ApiProblem;
import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * Typed values for filters: parses a filter value of a field's type (Oro's "Expected integer value. Given …"
 * errors), reads a stored value of that type, and knows which operators each type allows by default.
 */
final class ValueCodec {

    private static final Set<FilterOperator> ORDERED = EnumSet.of(FilterOperator.EQ, FilterOperator.NEQ,
            FilterOperator.LT, FilterOperator.LTE, FilterOperator.GT, FilterOperator.GTE, FilterOperator.EXISTS,
            FilterOperator.NEQ_OR_NULL);
    private static final Set<FilterOperator> EQUALITY = EnumSet.of(FilterOperator.EQ, FilterOperator.NEQ,
            FilterOperator.EXISTS, FilterOperator.NEQ_OR_NULL);

    private ValueCodec() {
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

    /** @throws ApiProblem "unexpected value exception" when the text is not a value of the type */
    static Comparable<?> parse(FieldType type, String text, String parameter) {
        try {
            return switch (type) {
                case INTEGER -> Long.parseLong(text.trim());
                case DECIMAL -> new BigDecimal(text.trim());
                case BOOLEAN -> parseBoolean(text);
                case DATETIME -> parseDateTime(text.trim());
                default -> text;
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            throw unexpected(type, text, parameter);
        } catch (IllegalArgumentException e) {
            throw unexpected(type, text, parameter);
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

    /** ISO 8601 with an offset, without one (UTC), or a date alone (its start, UTC). */
    private static Instant parseDateTime(String text) {
        if (text.length() == 10) {
            return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        if (text.endsWith("Z") || text.matches(".*[+-]\\d{2}:\\d{2}$")) {
            return OffsetDateTime.parse(text).toInstant();
        }
        return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
    }

    private static ApiProblem unexpected(FieldType type, String text, String parameter) {
        return ApiProblem.parameter(400, "unexpected value exception",
                "Expected " + type.label() + " value. Given \"" + text + "\".", parameter);
    }
}
