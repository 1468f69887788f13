package com.commerceconnectors.magento2.api;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * Magento stores {@code created_at}/{@code updated_at} as {@code yyyy-MM-dd HH:mm:ss} in UTC, to the second, and
 * compares them as such in searchCriteria filters.
 */
public final class MagentoTime {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private MagentoTime() {
    }

    public static String format(Instant instant) {
        return FORMAT.format(instant.atOffset(ZoneOffset.UTC));
    }

    public static Instant parse(String magentoTimestamp) {
        return LocalDateTime.parse(magentoTimestamp.strip(), FORMAT).toInstant(ZoneOffset.UTC);
    }

    /**
     * Reads a user's {@code since}: ISO-8601 with or without an offset (UTC when none), a date alone (midnight UTC),
     * or Magento's own format. Fractions of a second round up, so "updated_at &gt;= since" stays exact at Magento's
     * one-second resolution.
     */
    public static Instant parseSince(String since) {
        String s = since.strip();
        try {
            return ceilToSecond(OffsetDateTime.parse(s).toInstant());
        } catch (DateTimeParseException notOffset) {
            // fall through
        }
        try {
            return ceilToSecond(Instant.parse(s));
        } catch (DateTimeParseException notInstant) {
            // fall through
        }
        try {
            return ceilToSecond(LocalDateTime.parse(s.replace(' ', 'T')).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException notLocal) {
            // fall through
        }
        try {
            return java.time.LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + since + "' is not an ISO-8601 date-time such as 2024-05-01T00:00:00Z");
        }
    }

    private static Instant ceilToSecond(Instant i) {
        Instant floor = i.truncatedTo(ChronoUnit.SECONDS);
        return floor.equals(i) ? floor : floor.plusSeconds(1);
    }
}
