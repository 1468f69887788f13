package com.commerceconnectors.oro.paging;

import com.commerceconnectors.core.jsonapi.JsonApiQuery;
import com.commerceconnectors.oro.api.ListPage;

/** Fetches one page of a collection; the HTTP seam of the pagers. */
@FunctionalInterface
public interface PageSource {

    /** @param withTotal whether to ask Oro for the total count ({@code X-Include: totalCount}) */
    ListPage fetch(JsonApiQuery query, boolean withTotal);
}
