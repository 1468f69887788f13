package com.commerceconnectors.core.paging;

import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;

/**
 * The times a platform's filters can write, every {@code resolution} from the epoch (e.g. every hundredth of a second
 * on Oro 6.1): the grid a dialect widens its time filters to when a time falls between two of its points. A zero
 * resolution takes every time as it is.
 */
public final class TimeGrid {

    private static final BigInteger NANOS_PER_SECOND = BigInteger.valueOf(1_000_000_000L);

    private final BigInteger step;
    /** The step in nanoseconds when it divides a second (the platforms' ms and hundredths), else 0. */
    private final long fractionStep;
    /** The step in seconds when it is whole seconds (Magento's), else 0. */
    private final long secondsStep;

    public TimeGrid(Duration resolution) {
        if (resolution == null || resolution.isNegative()) {
            throw new IllegalArgumentException("a time resolution must be zero or positive");
        }
        this.step = BigInteger.valueOf(resolution.getSeconds()).multiply(NANOS_PER_SECOND)
                .add(BigInteger.valueOf(resolution.getNano()));
        // the common grids need no BigInteger: the pager asks for every page, and BigInteger showed in its profile
        boolean wholeSeconds = resolution.getNano() == 0 && resolution.getSeconds() > 0;
        boolean dividesASecond = resolution.getSeconds() == 0 && resolution.getNano() > 0
                && 1_000_000_000 % resolution.getNano() == 0;
        this.secondsStep = wholeSeconds ? resolution.getSeconds() : 0;
        this.fractionStep = dividesASecond ? resolution.getNano() : 0;
    }

    /** Whether a filter can write {@code t} as it is. */
    public boolean isExact(Instant t) {
        return floor(t).equals(t);
    }

    /** The latest time at or before {@code t} a filter can write. */
    public Instant floor(Instant t) {
        if (step.signum() == 0) {
            return t;
        }
        if (fractionStep > 0) {
            long rest = t.getNano() % fractionStep;
            return rest == 0 ? t : Instant.ofEpochSecond(t.getEpochSecond(), t.getNano() - rest);
        }
        if (secondsStep > 0) {
            long rest = Math.floorMod(t.getEpochSecond(), secondsStep);
            return rest == 0 && t.getNano() == 0 ? t : Instant.ofEpochSecond(t.getEpochSecond() - rest);
        }
        BigInteger nanos = nanos(t);
        return instant(nanos.subtract(nanos.mod(step)));
    }

    /** The earliest time at or after {@code t} a filter can write. */
    public Instant ceiling(Instant t) {
        Instant floor = floor(t);
        return floor.equals(t) ? t : instant(nanos(floor).add(step));
    }

    private static BigInteger nanos(Instant t) {
        return BigInteger.valueOf(t.getEpochSecond()).multiply(NANOS_PER_SECOND).add(BigInteger.valueOf(t.getNano()));
    }

    private static Instant instant(BigInteger nanos) {
        BigInteger[] parts = nanos.divideAndRemainder(NANOS_PER_SECOND);
        long seconds = parts[0].longValueExact();
        long rest = parts[1].longValueExact();
        if (rest < 0) {
            seconds--;
            rest += 1_000_000_000L;
        }
        return Instant.ofEpochSecond(seconds, rest);
    }
}
