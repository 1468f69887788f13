package com.commerceconnectors.commercelayer.paging;

import com.commerceconnectors.core.time.TimestampParser;

import java.time.Instant;
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
        Instant common = TimestampParser.parseIso(value, true);
        return common != null ? common : OffsetDateTime.parse(value).toInstant();
    }
}
