package com.commerceconnectors.sandbox.magento.search;

import com.commerceconnectors.sandbox.magento.web.MagentoTime;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** MySQL's conversions between the string operands of a query and typed column values. */
final class SqlValues {

    private static final Pattern NUMERIC_PREFIX =
            Pattern.compile("^\\s*([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?)");
    private static final Pattern DATE_TIME = Pattern.compile(
            "^\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T](\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:\\.\\d+)?)?)?"
                    + "\\s*(Z|[+-]\\d{2}:\\d{2})?\\s*$");

    private SqlValues() {
    }

    /** A string in numeric context: its longest numeric prefix, or 0 (MySQL never fails here). */
    static BigDecimal parseNumber(String text) {
        Matcher m = NUMERIC_PREFIX.matcher(text);
        if (!m.find()) {
            return BigDecimal.ZERO;
        }
        String number = m.group(1);
        if (number.endsWith(".")) {
            number = number.substring(0, number.length() - 1);
        }
        return new BigDecimal(number.startsWith("+") ? number.substring(1) : number);
    }

    /** A date literal as MySQL reads it ({@code YYYY-MM-DD[ HH:MM[:SS[.f]]]}, optional offset), else null. */
    static LocalDateTime parseDateTime(String text) {
        Matcher m = DATE_TIME.matcher(text);
        if (!m.matches()) {
            return null;
        }
        try {
            LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), m.group(4) == null ? 0 : Integer.parseInt(m.group(4)),
                    m.group(5) == null ? 0 : Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
            String offset = m.group(7);
            if (offset == null || offset.equals("Z")) {
                return local;
            }
            return OffsetDateTime.of(local, ZoneOffset.of(offset)).withOffsetSameInstant(ZoneOffset.UTC)
                    .toLocalDateTime();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    static BigDecimal number(Object value) {
        if (value instanceof BigDecimal) {
            return (BigDecimal) value;
        }
        if (value instanceof Long || value instanceof Integer) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        return parseNumber(text(value));
    }

    /** The string form MySQL would compare or LIKE against. */
    static String text(Object value) {
        if (value instanceof LocalDateTime) {
            return MagentoTime.format((LocalDateTime) value);
        }
        if (value instanceof BigDecimal) {
            return ((BigDecimal) value).toPlainString();
        }
        if (value instanceof Collection) {
            StringBuilder joined = new StringBuilder();
            for (Object item : (Collection<?>) value) {
                if (joined.length() > 0) {
                    joined.append(',');
                }
                joined.append(item);
            }
            return joined.toString();
        }
        return String.valueOf(value);
    }

    /** utf8mb4_general_ci, roughly: case-insensitive, trailing spaces ignored. */
    static String collate(String text) {
        int end = text.length();
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        return text.substring(0, end).toLowerCase(Locale.ROOT);
    }

    /** Orders two values of one column; null first, as MySQL sorts NULL before everything ascending. */
    static int compareColumn(FieldType type, Object a, Object b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : -1) : 1;
        }
        switch (type) {
            case INTEGER:
                if (a instanceof Long && b instanceof Long) {
                    return Long.compare((Long) a, (Long) b);
                }
                return number(a).compareTo(number(b));
            case DECIMAL:
                return number(a).compareTo(number(b));
            case DATETIME:
                if (a instanceof LocalDateTime && b instanceof LocalDateTime) {
                    return ((LocalDateTime) a).compareTo((LocalDateTime) b);
                }
                return collate(text(a)).compareTo(collate(text(b)));
            default:
                return collate(text(a)).compareTo(collate(text(b)));
        }
    }
}
