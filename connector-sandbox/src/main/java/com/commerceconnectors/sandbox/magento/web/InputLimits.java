package com.commerceconnectors.sandbox.magento.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Magento's web API input limits as they apply to one request (2.4.4+, Stores › Configuration › Services › Web
 * API Input Limits, {@code webapi/validation/*}): when {@code enabled}, an entity array of the input (a product's
 * {@code product_links}, a search's {@code filter_groups}…) may hold at most {@code listLimit} items, a search at
 * most {@code maxPageSize} per page, and a search without a page size gets {@code defaultPageSize}.
 *
 * @param enabled         {@code webapi/validation/input_limit_enabled}
 * @param listLimit       {@code webapi/validation/complex_array_limit} for this request (asynchronous requests have
 *                        their own, higher, limit)
 * @param maxPageSize     {@code webapi/validation/maximum_page_size}
 * @param defaultPageSize {@code webapi/validation/default_page_size}
 */
public record InputLimits(boolean enabled, int listLimit, int maxPageSize, int defaultPageSize) {

    /** No limits. */
    public static final InputLimits OFF = new InputLimits(false, Integer.MAX_VALUE, Integer.MAX_VALUE, 0);

    /**
     * Refuses an entity array of more than {@link #listLimit} items, as {@code EntityArrayValidator} does, naming the
     * array's item type as Magento's type processor writes it, e.g.
     * {@code \Magento\Catalog\Api\Data\ProductLinkInterface}.
     */
    public void checkList(String itemType, int items) {
        if (enabled && items > listLimit) {
            Map<String, Object> parameters = new LinkedHashMap<>();
            parameters.put("type", itemType);
            parameters.put("max", listLimit);
            throw MagentoException.badRequest("Maximum items of type \"%type\" is %max", parameters);
        }
    }

    /** Refuses a page size above {@link #maxPageSize}, as {@code SearchCriteriaValidator} does. */
    public void checkPageSize(int pageSize) {
        if (enabled && pageSize > maxPageSize) {
            throw MagentoException.badRequest("Maximum SearchCriteria pageSize is %max", Map.of("max", maxPageSize));
        }
    }
}
