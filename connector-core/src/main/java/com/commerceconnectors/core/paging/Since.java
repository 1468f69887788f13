package com.commerceconnectors.core.paging;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** The {@code since} option: ISO-8601 with an offset, without one (UTC then, 'T' or a space), or a date alone. */
public final class Since {

    private Since() {
    }

    /** @throws IllegalArgumentException naming the forms that are accepted */
    public static Instant parse(String since) {
        String s = since == null ? "" : since.strip();
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            // no offset: UTC
        }
        try {
            return LocalDateTime.parse(s.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            // perhaps a date alone
        }
        try {
            return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("since='" + since + "' is not ISO-8601: write e.g. 2024-03-01T00:00:00Z,"
                    + " 2024-03-01T00:00:00 (UTC when no offset is given) or 2024-03-01");
        }
    }
}
