package com.commerceconnectors.core.http;

import com.commerceconnectors.core.time.TimestampParser;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads {@code Retry-After} (RFC 9110 §10.2.3): delay seconds or an HTTP-date. */
public final class RetryAfter {

    private RetryAfter() {
    }

    /**
     * How long to wait; empty when the header is absent or unreadable (then the caller backs off on its own).
     * A date in the past means "now" ({@link Duration#ZERO}).
     */
    public static Optional<Duration> parse(String value, Clock clock) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        if (v.chars().allMatch(Character::isDigit)) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
            } catch (NumberFormatException e) {
                // more digits than a long: certainly longer than anyone waits
                return Optional.of(Duration.ofSeconds(Long.MAX_VALUE / 1_000_000_000L));
            }
        }
        return httpDate(v).map(when -> {
            Duration d = Duration.between(clock.instant(), when);
            return d.isNegative() ? Duration.ZERO : d;
        });
    }

    public static Optional<Duration> fromResponse(ApiResponse response, Clock clock) {
        return parse(response.header("Retry-After").orElse(null), clock);
    }

    /** Parses an IMF-fixdate such as {@code Sun, 06 Nov 1994 08:49:37 GMT}; empty when it is not one. */
    public static Optional<Instant> httpDate(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Instant common = TimestampParser.parseHttpDate(value);
        if (common != null) {
            return Optional.of(common);
        }
        try {
            return Optional.of(ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
