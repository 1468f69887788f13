package com.commerceconnectors.commercelayer.paging;

import com.commerceconnectors.commercelayer.api.ListPage;
import com.commerceconnectors.core.jsonapi.JsonApiQuery;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Objects;

/**
 * Reads every page of a list by page number, for the producer's {@code fetchAll}: ends on an empty page, a short page,
 * or the last page {@code meta.page_count} names, whichever comes first. Page numbers over data that changes while
 * they are read can skip or repeat records; exports that must be exact use the consumer's keyset paging.
 */
public final class PageNumberReader {

    /** Receives each page's records. */
    @FunctionalInterface
    public interface PageHandler {
        void accept(int number, ListPage page);
    }

    private final JsonApiQuery query;
    private final int pageSize;
    private final PageSource source;

    public PageNumberReader(JsonApiQuery query, int pageSize, PageSource source) {
        this.query = Objects.requireNonNull(query, "query");
        this.pageSize = pageSize;
        this.source = Objects.requireNonNull(source, "source");
    }

    /** @return how many pages were read */
    public int forEachPage(int firstPage, PageHandler handler) {
        int number = firstPage;
        while (true) {
            ListPage page = source.fetch(query.copy().page(number, pageSize));
            List<ObjectNode> records = page.records();
            if (!records.isEmpty()) {
                handler.accept(number, page);
            }
            boolean last = records.isEmpty()
                    || records.size() < pageSize
                    || page.pageCount() != null && number >= page.pageCount();
            if (last) {
                return number - firstPage + 1;
            }
            number++;
        }
    }
}
