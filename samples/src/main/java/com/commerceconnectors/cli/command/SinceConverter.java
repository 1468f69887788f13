package com.commerceconnectors.cli.command;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;

/**
 * Reads {@code --since}: ISO-8601 with an offset ({@code 2024-05-01T10:00:00+02:00}, {@code …Z}), without one (UTC),
 * or a date alone (midnight UTC). Fractions of a second are kept; the connector rounds them up to its platform's
 * resolution, so "at or after" stays exact.
 */
final class SinceConverter implements CommandLine.ITypeConverter<Instant> {

    @Override
    public Instant convert(String value) {
        // "2024-05-01 10:00:00" as the platforms print timestamps is accepted too
        String s = value.strip().replaceFirst("^(\\d{4}-\\d\\d-\\d\\d) ", "$1T");
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException notOffset) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notLocal) {
            // try the next form
        }
        try {
            return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not an ISO-8601 date-time such as"
                    + " 2024-05-01T00:00:00Z, 2024-05-01T12:00:00+02:00 or 2024-05-01");
        }
    }
}
