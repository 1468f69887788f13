package com.commerceconnectors.core.paging;

/**
 * Fetches one page for a query: the HTTP seam of the pagers.
 *
 * @param <Q> the platform's query type
 */
@FunctionalInterface
public interface PageSource<Q> {

    /**
     * @param firstOfRun whether this is a run's first request (a platform may ask for a total count only then, since
     *                   counting costs the server a query)
     */
    ListPage fetch(Q query, boolean firstOfRun);
}
