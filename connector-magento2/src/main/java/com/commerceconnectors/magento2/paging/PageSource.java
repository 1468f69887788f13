package com.commerceconnectors.magento2.paging;

import com.commerceconnectors.magento2.api.SearchCriteria;

/** Fetches one page of a Magento search; the HTTP seam of the pagers. */
@FunctionalInterface
public interface PageSource {
    SearchPage fetch(SearchCriteria criteria);
}
