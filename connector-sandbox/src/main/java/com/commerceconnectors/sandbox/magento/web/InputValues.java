package com.commerceconnectors.sandbox.magento.web;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Conversions of request values to the types a Magento service method declares, with PHP's leniency:
 * {@code is_numeric} decides what is a number, {@code (int)} truncates, and property names match their getters
 * case-insensitively with underscores ignored ({@code page_size}, {@code pageSize} and {@code PAGESIZE} are equal).
 */
public final class InputValues {

    private InputValues() {
    }

    /** The name a property is matched by: lower case, no underscores. */
    public static String propertyKey(String name) {
        return name.replace("_", "").toLowerCase(Locale.ROOT);
    }

    public static int toInt(String value) {
        BigDecimal number = numeric(value);
        if (number == null) {
            throw TypeMismatch.of(value, "int");
        }
        return clampToInt(number);
    }

    public static long toLong(String value) {
        BigDecimal number = numeric(value);
        if (number == null) {
            throw TypeMismatch.of(value, "int");
        }
        try {
            return number.longValue();
        } catch (ArithmeticException e) {
            throw TypeMismatch.of(value, "int");
        }
    }

    public static int toInt(JsonNode node) {
        if (node.isNumber()) {
            return clampToInt(node.decimalValue());
        }
        if (node.isTextual()) {
            return toInt(node.asText());
        }
        throw TypeMismatch.of(describe(node), "int");
    }

    public static BigDecimal toFloat(JsonNode node) {
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isTextual()) {
            BigDecimal number = numeric(node.asText());
            if (number != null) {
                return number;
            }
            throw TypeMismatch.of(node.asText(), "float");
        }
        throw TypeMismatch.of(describe(node), "float");
    }

    public static String toStringValue(JsonNode node) {
        if (node.isTextual() || node.isNumber()) {
            return node.asText();
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? "1" : "";
        }
        throw TypeMismatch.of(describe(node), "string");
    }

    public static boolean toBool(JsonNode node) {
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            return node.asDouble() != 0;
        }
        if (node.isTextual()) {
            String text = node.asText();
            return !(text.isEmpty() || text.equals("0") || text.equalsIgnoreCase("false"));
        }
        throw TypeMismatch.of(describe(node), "bool");
    }

    /** PHP's {@code is_numeric}: optional surrounding whitespace, sign, digits, fraction, exponent. */
    public static BigDecimal numeric(String value) {
        String trimmed = value.strip();
        if (trimmed.isEmpty() || !trimmed.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?")) {
            return null;
        }
        return new BigDecimal(trimmed.startsWith("+") ? trimmed.substring(1) : trimmed);
    }

    private static int clampToInt(BigDecimal number) {
        BigDecimal truncated = number.setScale(0, java.math.RoundingMode.DOWN);
        if (truncated.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            return Integer.MAX_VALUE;
        }
        if (truncated.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0) {
            return Integer.MIN_VALUE;
        }
        return truncated.intValue();
    }

    private static String describe(JsonNode node) {
        if (node.isArray() || node.isObject()) {
            return "array";
        }
        return node.asText();
    }
}
