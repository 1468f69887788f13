package com.commerceconnectors.core.paging;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * Page-number paging for producer reads with a sort of the user's own, where keyset paging does not apply. It ends on
 * every platform's real semantics: an empty page, a short page, the reported total count or page count reached, or a
 * page identical to the one before (Magento 2.3 answers its last page again past the end). Records that change while
 * it pages can shift between pages: incremental work belongs in the keyset export.
 *
 * @param <Q> the platform's query type
 */
public final class PageNumberPager<Q> {

    private final IntFunction<Q> pageQuery;
    private final int pageSize;
    private final PageSource<Q> source;
    private final int maxPages;

    /**
     * @param pageQuery the query for a 1-based page number, with the page size applied
     * @param maxPages  the most pages to read; 0 or less for no limit
     */
    public PageNumberPager(IntFunction<Q> pageQuery, int pageSize, PageSource<Q> source, int maxPages) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1");
        }
        this.pageQuery = Objects.requireNonNull(pageQuery, "pageQuery");
        this.pageSize = pageSize;
        this.source = Objects.requireNonNull(source, "source");
        this.maxPages = maxPages <= 0 ? Integer.MAX_VALUE : maxPages;
    }

    /** Visits each page with records, in order, starting at {@code firstPage}; returns the first answer's total count or null. */
    public Long forEachPage(int firstPage, PageVisitor visitor) {
        Long total = null;
        List<JsonNode> previous = null;
        for (int number = firstPage; number - firstPage < maxPages; number++) { // firstPage + maxPages would overflow
            ListPage page = source.fetch(pageQuery.apply(number), number == firstPage);
            if (number == firstPage || page.totalCount() != null) {
                total = total == null ? page.totalCount() : total;
            }
            List<JsonNode> records = page.records();
            if (records.isEmpty() || records.equals(previous)) {
                break;
            }
            visitor.visit(number, page);
            boolean shortPage = records.size() < pageSize;
            boolean reachedTotal = total != null && (long) number * pageSize >= total;
            boolean reachedPageCount = page.pageCount() != null && number >= page.pageCount();
            if (shortPage || reachedTotal || reachedPageCount) {
                break;
            }
            previous = records;
        }
        return total;
    }

    @FunctionalInterface
    public interface PageVisitor {
        void visit(int pageNumber, ListPage page);
    }
}
