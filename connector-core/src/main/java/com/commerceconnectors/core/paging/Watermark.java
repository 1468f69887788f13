package com.commerceconnectors.core.paging;

import java.util.Objects;

/**
 * A position in an export's (time, id) order: everything at or before it has been delivered. Both parts are kept as
 * the platform writes them, so a filter built from them matches exactly, and stored as {@code "time|id"} (e.g.
 * {@code 2024-03-01 10:00:00|42} on Magento, {@code 2024-03-01T10:00:00.000Z|WLgbSXqyoZ} on Commerce Layer), the form
 * every connector has always stored, so existing state files stay valid.
 * <p>
 * A full export pages by id alone: its positions have no time ({@link #ofId}) and are stored as {@code "|id"}, a
 * form no incremental position takes, so neither kind of export mistakes the other's position for its own.
 *
 * @param time the position's time as the platform writes it; {@code null} for a position of a full export
 * @param id   the position's id as the platform writes it
 */
public record Watermark(String time, String id) {

    public Watermark {
        Objects.requireNonNull(id, "id");
        if (id.isEmpty() || time != null && time.isEmpty()) {
            throw new IllegalArgumentException("a watermark needs an id, and a time unless it is a full export's");
        }
    }

    /** The position of a full export, which pages by id alone. */
    public static Watermark ofId(String id) {
        return new Watermark(null, id);
    }

    /** Whether this is an incremental export's position, with a time; a full export's has none. */
    public boolean hasTime() {
        return time != null;
    }

    public String encode() {
        return (time == null ? "" : time) + "|" + id;
    }

    /**
     * Reads a stored watermark. Ids may not contain '|'; times never do, so the last '|' separates them. Nothing
     * before the '|' is the position of a full export.
     *
     * @throws IllegalArgumentException when it is not of the form {@code time|id} or {@code |id}
     */
    public static Watermark decode(String stored) {
        int bar = stored == null ? -1 : stored.lastIndexOf('|');
        if (bar < 0 || bar == stored.length() - 1) {
            throw new IllegalArgumentException("stored watermark '" + stored + "' is not of the form 'time|id' (or"
                    + " '|id' for a full export); fix it in the state repository or start again from since with"
                    + " resetWatermark=true");
        }
        return new Watermark(bar == 0 ? null : stored.substring(0, bar), stored.substring(bar + 1));
    }

    @Override
    public String toString() {
        return encode();
    }
}
