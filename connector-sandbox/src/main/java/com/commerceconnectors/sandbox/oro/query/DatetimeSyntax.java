package com.commerceconnectors.sandbox.oro.query;

import java.util.regex.Pattern;

/**
 * The date-time values Oro's filters accept, by version: the requirement its {@code NormalizeDateTime} checks a
 * value against (after PHP has decoded the query, so a bare {@code +} in an offset is already a space). A value
 * that does not match answers 400 "Expected datetime value. Given …".
 */
public enum DatetimeSyntax {

    /**
     * Oro 6.0: a year, a month, a date, or a date with hours and minutes after {@code T} or a space, seconds and any
     * number of fraction digits optional, then {@code Z}, {@code ±hh}, {@code ±hhmm} or {@code ±hh:mm}.
     */
    ORO_6_0("\\d{4}(-\\d{2}(-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|([-+]\\d{2}(:?\\d{2})?))?)?)?)?"),

    /**
     * Oro 6.1: a year, a month, a date, or a date with hours after {@code T}, minutes and seconds optional, a
     * fraction of a second of exactly two digits ({@code .12}) or none, then an optional offset as in 6.0. Three
     * fraction digits ({@code .123}) are refused.
     */
    ORO_6_1("\\d{4}(-\\d{2}(-\\d{2}(T\\d{2}(:\\d{2})?(:\\d{2})?(\\.\\d{2})?(Z|([-+]\\d{2}(:?\\d{2})?))?)?)?)?");

    private final Pattern requirement;

    DatetimeSyntax(String requirement) {
        this.requirement = Pattern.compile(requirement);
    }

    /** Whether the (decoded) value is a date-time this version accepts. */
    public boolean accepts(String value) {
        return requirement.matcher(value).matches();
    }
}
