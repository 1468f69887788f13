/**
 * Paging shared by every connector: the keyset export engine ({@link com.commerceconnectors.core.paging.KeysetPager})
 * driven by a small per-platform {@link com.commerceconnectors.core.paging.KeysetDialect}, the stored
 * {@link com.commerceconnectors.core.paging.Watermark}, page-number paging for producers, and the page types.
 */
package com.commerceconnectors.core.paging;
