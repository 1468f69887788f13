package com.commerceconnectors.oro.paging;

import com.commerceconnectors.core.jsonapi.JsonApiQuery;
import com.commerceconnectors.oro.api.ListPage;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Objects;

/**
 * Page-number paging ({@code page[number]}, {@code page[size]}) for a list of every match with the user's own sort.
 * The first request asks for the total count ({@code X-Include: totalCount}); paging ends on an empty page (Oro's
 * answer past the end), a short page, or once {@code number * size} reaches the total. Records that change while it
 * pages can shift between pages: the consumer's keyset export is the tool for incremental work.
 */
public final class PageNumberPager {

    private final JsonApiQuery query;
    private final int pageSize;
    private final PageSource source;

    public PageNumberPager(JsonApiQuery query, int pageSize, PageSource source) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be at least 1");
        }
        this.query = Objects.requireNonNull(query, "query");
        this.pageSize = pageSize;
        this.source = Objects.requireNonNull(source, "source");
    }

    /** Visits each page's records in order; returns the total count Oro reported, or -1 when it reported none. */
    public long forEachPage(PageVisitor visitor) {
        Long total = null;
        for (int number = 1; ; number++) {
            ListPage page = source.fetch(query.copy().page(number, pageSize), number == 1);
            if (number == 1) {
                total = page.totalCount();
            }
            List<ObjectNode> records = page.records();
            if (records.isEmpty()) {
                break;
            }
            visitor.visit(number, records);
            boolean shortPage = records.size() < pageSize;
            boolean reachedTotal = total != null && (long) number * pageSize >= total;
            if (shortPage || reachedTotal) {
                break;
            }
        }
        return total == null ? -1 : total;
    }

    @FunctionalInterface
    public interface PageVisitor {
        void visit(int pageNumber, List<ObjectNode> records);
    }
}
