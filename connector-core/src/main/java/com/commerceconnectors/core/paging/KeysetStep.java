package com.commerceconnectors.core.paging;

import java.time.Instant;

/**
 * One request of a keyset export, for a {@link KeysetDialect} to put into the platform's filters.
 *
 * @param kind       which records the request asks for
 * @param position   the last record delivered ({@code null} for {@link Kind#FROM}); for {@link Kind#TIE}, the time of
 *                   the tie group and the last id its previous page returned (delivered or not)
 * @param since      the inclusive lower bound of {@link Kind#FROM}; {@code null} for everything
 * @param upperBound the run's exclusive upper bound; {@code null} until the first answer fixed it. Records at or past
 *                   it are cut by the pager anyway, so a platform that cannot take it may leave it out; always
 *                   {@code null} in an export by id alone, which has no time to bound
 */
public record KeysetStep(Kind kind, Watermark position, Instant since, Instant upperBound) {

    public enum Kind {
        /**
         * {@code time >= since} (everything when since is null), sorted by (time, id); in an export by id alone,
         * everything, sorted by id.
         */
        FROM,
        /** {@code time > W OR (time = W AND id > I)}, sorted by (time, id); only where {@link KeysetDialect#canAskAfter()}. */
        AFTER,
        /**
         * {@code time = W AND id > I}, sorted by id: the rest of the records sharing the position's time. In an
         * export by id alone (no time: every record is in one tie group) {@code id > I}, sorted by id.
         */
        TIE,
        /** {@code time >= W}, sorted by (time, id): the pager skips the records at W it delivered. */
        AT_OR_AFTER,
        /** {@code time > W}, sorted by (time, id). */
        LATER_THAN
    }
}
