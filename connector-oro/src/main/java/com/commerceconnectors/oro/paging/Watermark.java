package com.commerceconnectors.oro.paging;

import com.commerceconnectors.oro.api.OroTime;

import java.time.Instant;
import java.util.Objects;

/**
 * A position in the (watermark field, id) order: everything at or before it has been delivered. Stored as
 * {@code "2024-03-01T10:00:00Z|123"} so a state file stays readable.
 */
public record Watermark(Instant updatedAt, long id) implements Comparable<Watermark> {

    public Watermark {
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public String encode() {
        return OroTime.format(updatedAt) + "|" + id;
    }

    public static Watermark decode(String stored) {
        int bar = stored == null ? -1 : stored.lastIndexOf('|');
        try {
            if (bar < 0) {
                throw new IllegalArgumentException("no '|'");
            }
            return new Watermark(OroTime.parse(stored.substring(0, bar)), Long.parseLong(stored.substring(bar + 1)));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("stored watermark '" + stored + "' is not of the form"
                    + " '2024-03-01T10:00:00Z|id'; fix it in the state repository or start again with resetWatermark=true");
        }
    }

    @Override
    public int compareTo(Watermark o) {
        int c = updatedAt.compareTo(o.updatedAt);
        return c != 0 ? c : Long.compare(id, o.id);
    }
}
