package com.commerceconnectors.commercelayer.paging;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * A position in the (updated_at, id) order: everything at or before it has been delivered. Stored as
 * {@code "2024-03-01T10:00:00.000Z|WLgbSXqyoZ"}, keeping the record's own timestamp text so an equality filter on it
 * matches exactly.
 */
public record Watermark(String updatedAt, String id) implements Comparable<Watermark> {

    public Watermark {
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(id, "id");
        Timestamps.parse(updatedAt); // fail early on a corrupted value
    }

    public Instant instant() {
        return Timestamps.parse(updatedAt);
    }

    public String encode() {
        return updatedAt + "|" + id;
    }

    public static Watermark decode(String stored) {
        int bar = stored == null ? -1 : stored.lastIndexOf('|');
        if (bar <= 0 || bar == stored.length() - 1) {
            throw new IllegalArgumentException("stored watermark '" + stored + "' is not of the form 'updated_at|id'"
                    + " (e.g. 2024-03-01T10:00:00.000Z|WLgbSXqyoZ); set resetWatermark=true to start again from since");
        }
        try {
            return new Watermark(stored.substring(0, bar), stored.substring(bar + 1));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("stored watermark '" + stored + "' has no readable timestamp; set"
                    + " resetWatermark=true to start again from since");
        }
    }

    /** Time first, then ids as text (the order Commerce Layer sorts {@code sort=updated_at,id} in). */
    @Override
    public int compareTo(Watermark o) {
        int c = instant().compareTo(o.instant());
        return c != 0 ? c : id.compareTo(o.id);
    }

    /** Whether both name the same instant. */
    public boolean sameTime(Watermark o) {
        return instant().equals(o.instant());
    }
}
