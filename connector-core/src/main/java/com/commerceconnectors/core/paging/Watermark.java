package com.commerceconnectors.core.paging;

import java.util.Objects;

/**
 * A position in an export's (time, id) order: everything at or before it has been delivered. Both parts are kept as
 * the platform writes them, so a filter built from them matches exactly, and stored as {@code "time|id"} (e.g.
 * {@code 2024-03-01 10:00:00|42} on Magento, {@code 2024-03-01T10:00:00.000Z|WLgbSXqyoZ} on Commerce Layer), the form
 * every connector has always stored, so existing state files stay valid.
 */
public record Watermark(String time, String id) {

    public Watermark {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(id, "id");
        if (time.isEmpty() || id.isEmpty()) {
            throw new IllegalArgumentException("a watermark needs a time and an id");
        }
    }

    public String encode() {
        return time + "|" + id;
    }

    /**
     * Reads a stored watermark. Ids may not contain '|'; times never do, so the last '|' separates them.
     *
     * @throws IllegalArgumentException when it is not of the form {@code time|id}
     */
    public static Watermark decode(String stored) {
        int bar = stored == null ? -1 : stored.lastIndexOf('|');
        if (bar <= 0 || bar == stored.length() - 1) {
            throw new IllegalArgumentException("stored watermark '" + stored + "' is not of the form 'time|id'; fix it in"
                    + " the state repository or start again from since with resetWatermark=true");
        }
        return new Watermark(stored.substring(0, bar), stored.substring(bar + 1));
    }

    @Override
    public String toString() {
        return encode();
    }
}
