package com.commerceconnectors.sandbox.commercelayer.jsonapi;

import java.util.Comparator;
import java.util.Locale;

/**
 * How the API compares resource ids, in {@code sort=id} and in the id predicates ({@code id_gt}, {@code id_lt},
 * {@code id_eq}, {@code id_in}…). Commerce Layer's ids are mixed-case ({@code WLgbSXqyoZ}); a database with
 * MySQL's default collation compares them ignoring case, so {@code id_gt=abc} excludes {@code ABC}, and
 * {@code ABD} sorts after {@code abc} although {@code 'B' < 'b'} byte by byte. A client that compares ids itself,
 * by their bytes, disagrees with such a server.
 */
public enum IdCollation {

    /**
     * MySQL's default collation: ids compare lower-cased, so ids that differ only in case are equal to a filter. A
     * sort breaks such ties by the binary order, so that pages stay stable from one request to the next.
     */
    CASE_INSENSITIVE {
        @Override
        public String filterKey(String id) {
            return id.toLowerCase(Locale.ROOT);
        }

        @Override
        public Comparator<String> order() {
            return FOLDED_THEN_BINARY;
        }
    },

    /** A binary collation: ids compare char by char, {@code 'Z' < 'a'}. */
    BINARY {
        @Override
        public String filterKey(String id) {
            return id;
        }

        @Override
        public Comparator<String> order() {
            return Comparator.naturalOrder();
        }
    };

    private static final Comparator<String> FOLDED_THEN_BINARY =
            Comparator.comparing((String id) -> id.toLowerCase(Locale.ROOT)).thenComparing(Comparator.naturalOrder());

    /** The form in which an id is compared by the id predicates. */
    public abstract String filterKey(String id);

    /** The order of {@code sort=id}, and of the tie-break on id after the requested sort. */
    public abstract Comparator<String> order();
}
