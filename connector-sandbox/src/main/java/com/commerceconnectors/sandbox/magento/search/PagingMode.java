package com.commerceconnectors.sandbox.magento.search;

/** What a page number past the last page returns. */
public enum PagingMode {
    /** Magento 2.4: an empty {@code items} list. */
    EMPTY_PAST_END,
    /** Magento up to 2.3: the last page again ("standard for all Magento collections"). */
    REPEAT_LAST_PAGE
}
