package com.commerceconnectors.core.time;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fast reader against {@code java.time} as the reference: on the platforms' shapes it gives the same instant,
 * and on text mutated at random it never accepts what {@code java.time} refuses nor reads it differently.
 */
class TimestampParserTest {

    private static final DateTimeFormatter MAGENTO = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String ALPHABET = "0123456789-: TtZz+.";

    @Test
    void readsEachPlatformsShapeAsJavaTimeDoes() {
        Random random = new Random(20261207);
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-30_000_000_000L, 200_000_000_000L),
                    random.nextInt(1_000_000_000));
            String sql = MAGENTO.format(instant.atOffset(ZoneOffset.UTC));
            assertEquals(referenceSql(sql), TimestampParser.parseSqlUtc(sql), sql);
            int offsetMinutes = random.nextInt(-18 * 60, 18 * 60 + 1);
            String iso = instant.atOffset(ZoneOffset.ofTotalSeconds(offsetMinutes * 60)).toString();
            Instant fast = TimestampParser.parseIso(iso, true);
            if (iso.length() >= 19 && iso.charAt(16) == ':' && Character.isDigit(iso.charAt(0))) {
                assertNotNull(fast, iso); // the common forms take the fast path
            }
            if (fast != null) {
                assertEquals(OffsetDateTime.parse(iso).toInstant(), fast, iso);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-03-01T10:00:00Z", "2024-03-01T10:00:00.1Z", "2024-03-01T10:00:00.12Z",
            "2024-03-01T10:00:00.123Z", "2024-03-01T10:00:00.123456789Z", "2024-03-01T10:00:00+01:00",
            "2024-03-01T10:00:00.5-05:30", "2024-02-29T23:59:59+18:00", "2000-02-29T00:00:00-18:00"})
    void readsIsoForms(String text) {
        assertEquals(OffsetDateTime.parse(text).toInstant(), TimestampParser.parseIso(text, true));
    }

    @Test
    void aMissingOffsetIsUtcOnlyWhenAllowed() {
        assertNull(TimestampParser.parseIso("2024-03-01T10:00:00", true));
        assertEquals(LocalDateTime.parse("2024-03-01T10:00:00.25").toInstant(ZoneOffset.UTC),
                TimestampParser.parseIso("2024-03-01T10:00:00.25", false));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-02-29T00:00:00Z", "1900-02-29T00:00:00Z", "2024-04-31T00:00:00Z",
            "2024-13-01T00:00:00Z", "2024-00-01T00:00:00Z", "2024-01-00T00:00:00Z", "2024-01-01T24:00:00Z",
            "2024-01-01T00:60:00Z", "2024-01-01T00:00:60Z", "2024-01-01T00:00:00+18:01", "2024-01-01T00:00:00+1:00",
            "2024-01-01T00:00:00.Z", "2024-01-01T00:00:00.1234567890Z", "2024-01-01T00:00:00ZZ", "2024-01-01t00:00:00Z",
            "2024-01-01 00:00:00Z", "0000-01-01T00:00:00Z", "+2024-01-01T00:00:00Z", "2024-1-01T00:00:00Z", ""})
    void leavesEverythingElseToJavaTime(String text) {
        assertNull(TimestampParser.parseIso(text, true), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-04-31 10:00:00", "2024-01-01 24:00:00", "2024-01-01T00:00:00", " 2024-01-01 00:00:00",
            "2024-01-01 00:00:0a", "0000-01-01 00:00:00", "2024-01-01 00:00:00.5"})
    void magentoShapeOnlyExactly(String text) {
        assertNull(TimestampParser.parseSqlUtc(text), text);
    }

    @Test
    void neverAcceptsWhatJavaTimeRefusesNorReadsItOtherwise() {
        Random random = new Random(7);
        String[] seeds = {"2024-02-29 23:59:59", "2024-02-29T23:59:59.123Z", "1999-12-31T23:59:59+05:45",
                "2024-03-01T10:00:00.12Z"};
        int accepted = 0;
        for (int i = 0; i < 200_000; i++) {
            StringBuilder text = new StringBuilder(seeds[random.nextInt(seeds.length)]);
            for (int m = random.nextInt(1, 4); m > 0; m--) {
                mutate(text, random);
            }
            String s = text.toString();
            Instant sql = TimestampParser.parseSqlUtc(s);
            if (sql != null) {
                assertEquals(referenceSql(s), sql, s);
                accepted++;
            }
            Instant iso = TimestampParser.parseIso(s, true);
            if (iso != null) {
                assertEquals(OffsetDateTime.parse(s).toInstant(), iso, s);
                accepted++;
            }
            Instant local = TimestampParser.parseIso(s, false);
            if (local != null) {
                assertEquals(referenceIsoOrLocal(s), local, s);
            }
        }
        assertTrue(accepted > 10_000, "mutations that stay valid take the fast path: " + accepted);
    }

    @Test
    void readsHttpDatesAsRfc1123Does() {
        Random random = new Random(1123);
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-2_000_000_000L, 8_000_000_000L));
            String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
            Instant fast = TimestampParser.parseHttpDate(date);
            if (date.length() == 29) {
                assertEquals(instant, fast, date); // two-digit days: the IMF-fixdate form servers send
            } else {
                assertNull(fast, date);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mon, 07 Dec 2026 12:38:05 GMT", "Thu, 01 Jan 1970 00:00:00 GMT", "Tue, 29 Feb 2028 23:59:59 GMT"})
    void readsHttpDates(String text) {
        assertEquals(ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant(),
                TimestampParser.parseHttpDate(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tue, 07 Dec 2026 12:38:05 GMT", "Mon, 07 dec 2026 12:38:05 GMT", "Mon, 07 Dec 2026 12:38:05 UTC",
            "Mon, 7 Dec 2026 12:38:05 GMT", "Monday, 07-Dec-26 12:38:05 GMT", "Mon Dec  7 12:38:05 2026",
            "Wed, 29 Feb 2027 00:00:00 GMT", "Mon, 07 Dec 2026 24:00:00 GMT", "Mo, 07 Dec 2026 12:38:05 GMT", ""})
    void leavesOtherHttpDatesToJavaTime(String text) {
        assertNull(TimestampParser.parseHttpDate(text), text);
    }

    @Test
    void neverAcceptsAnHttpDateRfc1123Refuses() {
        Random random = new Random(9110);
        int accepted = 0;
        for (int i = 0; i < 100_000; i++) {
            StringBuilder text = new StringBuilder("Mon, 07 Dec 2026 12:38:05 GMT");
            for (int m = random.nextInt(1, 3); m > 0; m--) {
                int at = random.nextInt(text.length());
                text.setCharAt(at, "0123456789 ,:MTWFSonuedhriat".charAt(random.nextInt(28)));
            }
            Instant fast = TimestampParser.parseHttpDate(text.toString());
            if (fast != null) {
                assertEquals(ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant(), fast, text.toString());
                accepted++;
            }
        }
        assertTrue(accepted > 1_000, "mutations that stay valid take the fast path: " + accepted);
    }

    private static void mutate(StringBuilder text, Random random) {
        char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        int at = random.nextInt(text.length() + 1);
        switch (random.nextInt(3)) {
            case 0 -> { if (at < text.length()) { text.setCharAt(at, c); } }
            case 1 -> text.insert(at, c);
            default -> { if (at < text.length()) { text.deleteCharAt(at); } }
        }
    }

    private static Instant referenceSql(String s) {
        return LocalDateTime.parse(s, MAGENTO).toInstant(ZoneOffset.UTC);
    }

    private static Instant referenceIsoOrLocal(String s) {
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            return LocalDateTime.parse(s).toInstant(ZoneOffset.UTC);
        }
    }
}
