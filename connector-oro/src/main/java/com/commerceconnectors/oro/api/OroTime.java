package com.commerceconnectors.oro.api;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Oro's timestamps: ISO-8601 in UTC ({@code 2024-03-01T10:00:00Z}). Read leniently (an offset, fractions, or no
 * offset at all, taken as UTC); written as {@link DateTimeFormatter#ISO_INSTANT}, which Oro's datetime filters accept.
 */
public final class OroTime {

    private OroTime() {
    }

    /** @throws IllegalArgumentException when the text is not an ISO-8601 date-time */
    public static Instant parse(String text) {
        String s = text == null ? "" : text.strip();
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + text + "' is not an ISO-8601 date-time such as 2024-03-01T10:00:00Z");
            }
        }
    }

    /** An instant as Oro's filters take it: ISO-8601 in UTC. */
    public static String format(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
