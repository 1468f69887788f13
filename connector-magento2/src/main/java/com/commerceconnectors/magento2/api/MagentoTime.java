package com.commerceconnectors.magento2.api;

import com.commerceconnectors.core.time.TimestampParser;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

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

    /** @throws java.time.format.DateTimeParseException when it is not Magento's format */
    public static Instant parse(String magentoTimestamp) {
        Instant exact = TimestampParser.parseSqlUtc(magentoTimestamp);
        return exact != null ? exact : LocalDateTime.parse(magentoTimestamp.strip(), FORMAT).toInstant(ZoneOffset.UTC);
    }
}
