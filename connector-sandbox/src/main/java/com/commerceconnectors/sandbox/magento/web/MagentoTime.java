package com.commerceconnectors.sandbox.magento.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** Magento keeps timestamps in UTC and writes them as {@code YYYY-MM-DD HH:MM:SS}. */
public final class MagentoTime {

    public static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private MagentoTime() {
    }

    public static String format(LocalDateTime value) {
        return FORMAT.format(value);
    }

    public static LocalDateTime now(Clock clock) {
        return of(clock.instant());
    }

    public static LocalDateTime of(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
    }

    public static LocalDateTime parse(String text) {
        return LocalDateTime.parse(text, FORMAT);
    }
}
