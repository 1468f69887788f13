package com.commerceconnectors.sandbox.magento.search;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/** A filter value converted once for the column it is compared with. */
abstract class Operand {

    static Operand of(FieldType type, String raw) {
        switch (type) {
            case INTEGER:
            case DECIMAL:
                return new NumberOperand(SqlValues.parseNumber(raw));
            case DATETIME:
                LocalDateTime date = SqlValues.parseDateTime(raw);
                return date != null ? new DateTimeOperand(date) : new TextOperand(raw);
            default:
                return new TextOperand(raw);
        }
    }

    /** The sign of (row value - operand); {@code rowValue} is never null. */
    abstract int compare(Object rowValue);

    private static final class NumberOperand extends Operand {
        private final BigDecimal value;
        private final boolean fitsLong;
        private final long longValue;

        NumberOperand(BigDecimal value) {
            this.value = value;
            boolean whole;
            long asLong = 0;
            try {
                asLong = value.longValueExact();
                whole = true;
            } catch (ArithmeticException e) {
                whole = false;
            }
            this.fitsLong = whole;
            this.longValue = asLong;
        }

        @Override
        int compare(Object rowValue) {
            if (fitsLong && rowValue instanceof Long) {
                return Long.compare((Long) rowValue, longValue);
            }
            return SqlValues.number(rowValue).compareTo(value);
        }
    }

    private static final class DateTimeOperand extends Operand {
        private final LocalDateTime value;

        DateTimeOperand(LocalDateTime value) {
            this.value = value;
        }

        @Override
        int compare(Object rowValue) {
            if (rowValue instanceof LocalDateTime) {
                return ((LocalDateTime) rowValue).compareTo(value);
            }
            LocalDateTime parsed = SqlValues.parseDateTime(SqlValues.text(rowValue));
            return parsed == null ? -1 : parsed.compareTo(value);
        }
    }

    private static final class TextOperand extends Operand {
        private final String collated;

        TextOperand(String raw) {
            this.collated = SqlValues.collate(raw);
        }

        @Override
        int compare(Object rowValue) {
            return SqlValues.collate(SqlValues.text(rowValue)).compareTo(collated);
        }
    }
}
