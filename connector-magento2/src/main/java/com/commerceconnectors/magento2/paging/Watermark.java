package com.commerceconnectors.magento2.paging;

import com.commerceconnectors.magento2.api.MagentoTime;

import java.util.Objects;

/**
 * A position in the (updated_at, id) order: everything at or before it has been delivered. Stored as
 * {@code "yyyy-MM-dd HH:mm:ss|id"} so a state file stays readable.
 */
public record Watermark(String updatedAt, long id) implements Comparable<Watermark> {

    public Watermark {
        Objects.requireNonNull(updatedAt, "updatedAt");
        MagentoTime.parse(updatedAt); // fail early on a corrupted value
    }

    public String encode() {
        return updatedAt + "|" + id;
    }

    public static Watermark decode(String stored) {
        int bar = stored == null ? -1 : stored.lastIndexOf('|');
        if (bar < 0) {
            throw new IllegalArgumentException("stored watermark '" + stored + "' is not of the form 'yyyy-MM-dd HH:mm:ss|id'");
        }
        try {
            return new Watermark(stored.substring(0, bar), Long.parseLong(stored.substring(bar + 1)));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("stored watermark '" + stored + "' is not of the form 'yyyy-MM-dd HH:mm:ss|id'");
        }
    }

    @Override
    public int compareTo(Watermark o) {
        // Magento's format sorts as text in time order
        int c = updatedAt.compareTo(o.updatedAt);
        return c != 0 ? c : Long.compare(id, o.id);
    }
}
