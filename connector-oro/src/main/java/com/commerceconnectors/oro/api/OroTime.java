package com.commerceconnectors.oro.api;

import com.commerceconnectors.core.time.TimestampParser;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Oro's timestamps: ISO-8601 in UTC ({@code 2024-03-01T10:00:00Z}). Read leniently (an offset, fractions, or no
 * offset at all, taken as UTC). Written in the one form the datetime filters of Oro 6.0 and 6.1 both accept: a
 * {@code T}, whole seconds, {@code Z}, and a fraction of exactly two digits when the time has hundredths of a second
 * ({@code 2024-03-01T10:00:00.12Z}; 6.1 refuses {@code .123}, and any other number of digits).
 */
public final class OroTime {

    /** The finest time Oro 6.1's datetime filters take: two digits of a second. */
    public static final Duration FILTER_RESOLUTION = Duration.ofMillis(10);

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss")
            .withZone(ZoneOffset.UTC);
    private static final int NANOS_PER_HUNDREDTH = 10_000_000;

    private OroTime() {
    }

    /** @throws IllegalArgumentException when the text is not an ISO-8601 date-time */
    public static Instant parse(String text) {
        Instant common = TimestampParser.parseIso(text, false);
        if (common != null) {
            return common;
        }
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

    /** Whether Oro's filters take {@code instant} as it is: whole hundredths of a second. */
    public static boolean isFilterable(Instant instant) {
        return instant.getNano() % NANOS_PER_HUNDREDTH == 0;
    }

    /**
     * An instant in UTC: as every Oro version's filters take it when {@link #isFilterable}; a finer one (for messages
     * only: a filter gets such a time widened to one it takes) with all its digits.
     */
    public static String format(Instant instant) {
        int nanos = instant.getNano();
        String seconds = SECONDS.format(instant.truncatedTo(ChronoUnit.SECONDS));
        if (nanos == 0) {
            return seconds + "Z";
        }
        if (isFilterable(instant)) {
            return seconds + String.format(".%02dZ", nanos / NANOS_PER_HUNDREDTH);
        }
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }
}
