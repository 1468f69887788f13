package com.commerceconnectors.commercelayer.paging;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Commerce Layer's timestamps: ISO-8601 in UTC with milliseconds, {@code 2024-03-01T10:00:00.000Z}. */
public final class Timestamps {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    public static String format(Instant instant) {
        return FORMAT.format(instant);
    }

    /** A record's timestamp. @throws DateTimeParseException when it is not ISO-8601 with an offset */
    public static Instant parse(String value) {
        return OffsetDateTime.parse(value).toInstant();
    }

    /** The {@code since} option: ISO-8601 with or without an offset (UTC then), or a date alone. */
    public static Instant parseSince(String since) {
        String s = since.strip();
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            // no offset: UTC
        }
        try {
            return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // perhaps a date alone
        }
        try {
            return java.time.LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("since '" + since + "' is not an ISO-8601 time: use e.g."
                    + " 2024-03-01T00:00:00Z, 2024-03-01T00:00:00 (UTC) or 2024-03-01");
        }
    }
}
