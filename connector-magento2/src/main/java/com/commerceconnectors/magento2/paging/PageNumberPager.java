package com.commerceconnectors.magento2.paging;

import com.commerceconnectors.magento2.api.SearchCriteria;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Objects;

/**
 * Page-number paging for searches with a sort of the user's own, where keyset paging does not apply. It ends on
 * every Magento version: on an empty page (2.4), on a short page, once {@code currentPage * pageSize} reaches
 * {@code total_count}, and on a page identical to the one before (2.3 returns its last page again past the end).
 * Records that change while it pages can shift between pages: use the keyset export for incremental work.
 */
public final class PageNumberPager {

    private final SearchCriteria criteria;
    private final int pageSize;
    private final PageSource source;
    private final int maxPages;

    public PageNumberPager(SearchCriteria criteria, int pageSize, PageSource source, int maxPages) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1");
        }
        this.criteria = Objects.requireNonNull(criteria, "criteria");
        this.pageSize = pageSize;
        this.source = Objects.requireNonNull(source, "source");
        this.maxPages = maxPages <= 0 ? Integer.MAX_VALUE : maxPages;
    }

    /** Visits each page's items in order; returns the number of records visited. */
    public long forEachPage(PageVisitor visitor) {
        long count = 0;
        List<JsonNode> previous = null;
        for (int page = 1; page <= maxPages; page++) {
            SearchPage response = source.fetch(criteria.page(pageSize, page));
            List<JsonNode> items = response.items();
            if (items.isEmpty() || items.equals(previous)) {
                break;
            }
            visitor.visit(page, items);
            count += items.size();
            boolean shortPage = items.size() < pageSize;
            boolean reachedTotal = response.totalCount() != null && (long) page * pageSize >= response.totalCount();
            if (shortPage || reachedTotal) {
                break;
            }
            previous = items;
        }
        return count;
    }

    @FunctionalInterface
    public interface PageVisitor {
        void visit(int pageNumber, List<JsonNode> items);
    }
}
