package com.commerceconnectors.core.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;

/**
 * Reads the timestamp shapes the platforms write on every record, without {@code java.time}'s formatter machinery.
 * An export reads a record's time to place it in the keyset, and {@code DateTimeFormatter.parse} (a parse context,
 * a field map, a resolver) cost more per record than the rest of the position; these methods read the fixed shapes
 * directly. They answer {@code null} for anything else, valid or not, so the caller falls back to {@code java.time}
 * for the rarer shapes and for the error message: what they accept, they read as {@code java.time} would, and they
 * accept nothing that {@code java.time} refuses.
 */
public final class TimestampParser {

    private static final int SQL_LENGTH = 19; // yyyy-MM-dd HH:mm:ss

    private TimestampParser() {
    }

    /**
     * {@code yyyy-MM-dd HH:mm:ss} in UTC (Magento's {@code updated_at}); {@code null} for any other text.
     */
    public static Instant parseSqlUtc(String text) {
        if (text == null || text.length() != SQL_LENGTH || text.charAt(10) != ' ') {
            return null;
        }
        long epochSecond = localEpochSecond(text);
        return epochSecond == Long.MIN_VALUE ? null : Instant.ofEpochSecond(epochSecond);
    }

    /**
     * ISO-8601 {@code yyyy-MM-ddTHH:mm:ss}, an optional fraction of 1 to 9 digits, then {@code Z} or
     * {@code ±HH:MM}; with {@code offsetRequired == false} a missing offset means UTC. {@code null} for any other
     * text (another offset form, a lower-case {@code t}, no seconds…), which {@code OffsetDateTime.parse} may still
     * read.
     */
    public static Instant parseIso(String text, boolean offsetRequired) {
        if (text == null || text.length() < SQL_LENGTH || text.charAt(10) != 'T') {
            return null;
        }
        long epochSecond = localEpochSecond(text);
        if (epochSecond == Long.MIN_VALUE) {
            return null;
        }
        int i = SQL_LENGTH;
        int length = text.length();
        int nanos = 0;
        if (i < length && text.charAt(i) == '.') {
            int digits = 0;
            i++;
            while (i < length && isDigit(text.charAt(i))) {
                if (++digits > 9) {
                    return null;
                }
                nanos = nanos * 10 + (text.charAt(i) - '0');
                i++;
            }
            if (digits == 0) {
                return null;
            }
            for (int d = digits; d < 9; d++) {
                nanos *= 10;
            }
        }
        if (i == length) {
            return offsetRequired ? null : Instant.ofEpochSecond(epochSecond, nanos);
        }
        char sign = text.charAt(i);
        if (sign == 'Z') {
            return i + 1 == length ? Instant.ofEpochSecond(epochSecond, nanos) : null;
        }
        if ((sign != '+' && sign != '-') || length != i + 6 || text.charAt(i + 3) != ':') {
            return null;
        }
        int hours = twoDigits(text, i + 1);
        int minutes = twoDigits(text, i + 4);
        if (hours < 0 || minutes < 0 || hours > 18 || minutes > 59 || hours == 18 && minutes > 0) {
            return null;
        }
        int offsetSeconds = (hours * 3600 + minutes * 60) * (sign == '-' ? -1 : 1);
        return Instant.ofEpochSecond(epochSecond - offsetSeconds, nanos);
    }

    /**
     * An HTTP {@code Date} header in its one modern form (RFC 9110's IMF-fixdate, {@code Sun, 06 Nov 1994 08:49:37 GMT});
     * {@code null} for any other text, which {@code DateTimeFormatter.RFC_1123_DATE_TIME} may still read. The day
     * name must match the date, as that formatter requires.
     */
    public static Instant parseHttpDate(String text) {
        if (text == null || text.length() != 29 || text.charAt(3) != ',' || text.charAt(4) != ' '
                || text.charAt(7) != ' ' || text.charAt(11) != ' ' || text.charAt(16) != ' ' || text.charAt(19) != ':'
                || text.charAt(22) != ':' || !text.endsWith(" GMT")) {
            return null;
        }
        int dayName = DAY_NAMES.indexOf(text.substring(0, 3));
        int month = MONTH_NAMES.indexOf(text.substring(8, 11));
        int day = twoDigits(text, 5);
        int century = twoDigits(text, 12);
        int yearLow = twoDigits(text, 14);
        int hour = twoDigits(text, 17);
        int minute = twoDigits(text, 20);
        int second = twoDigits(text, 23);
        if (dayName < 0 || dayName % 3 != 0 || month < 0 || month % 3 != 0 || day < 1 || century < 0 || yearLow < 0
                || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        int year = century * 100 + yearLow;
        month = month / 3 + 1;
        if (year == 0 || day > 28 && day > daysIn(year, month)) {
            return null;
        }
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        if (Math.floorMod(epochDay + 3, 7) != dayName / 3) {
            return null; // 1970-01-01 was a Thursday: index 3 from Monday
        }
        return Instant.ofEpochSecond(epochDay * 86_400L + hour * 3600L + minute * 60L + second);
    }

    private static final String DAY_NAMES = "MonTueWedThuFriSatSun";
    private static final String MONTH_NAMES = "JanFebMarAprMayJunJulAugSepOctNovDec";

    /** The first 19 characters, {@code yyyy-MM-dd?HH:mm:ss}, as seconds since the epoch; MIN_VALUE when invalid. */
    private static long localEpochSecond(String s) {
        if (s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(13) != ':' || s.charAt(16) != ':') {
            return Long.MIN_VALUE;
        }
        int year = twoDigits(s, 0);
        int yearLow = twoDigits(s, 2);
        int month = twoDigits(s, 5);
        int day = twoDigits(s, 8);
        int hour = twoDigits(s, 11);
        int minute = twoDigits(s, 14);
        int second = twoDigits(s, 17);
        if (year < 0 || yearLow < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0
                || minute > 59 || second < 0 || second > 59) {
            return Long.MIN_VALUE;
        }
        year = year * 100 + yearLow;
        if (year == 0 || day > 28 && day > daysIn(year, month)) {
            // year 0 is left to java.time, whose patterns disagree on it; an impossible day too, which a lenient
            // pattern moves to the month's last
            return Long.MIN_VALUE;
        }
        return LocalDate.of(year, month, day).toEpochDay() * 86_400L + hour * 3600L + minute * 60L + second;
    }

    /** Days in a month of the proleptic Gregorian calendar. */
    private static int daysIn(int year, int month) {
        return switch (month) {
            case 2 -> Year.isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Two ASCII digits at {@code at} as a number; -1 when either is not a digit. */
    private static int twoDigits(String s, int at) {
        char a = s.charAt(at);
        char b = s.charAt(at + 1);
        return isDigit(a) && isDigit(b) ? (a - '0') * 10 + (b - '0') : -1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
