package com.commerceconnectors.commercelayer.paging;

import com.commerceconnectors.commercelayer.api.ListPage;
import com.commerceconnectors.core.jsonapi.JsonApiQuery;

/** Fetches one page for a query (the API in production, anything in tests). */
@FunctionalInterface
public interface PageSource {

    ListPage fetch(JsonApiQuery query);
}
