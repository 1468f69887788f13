package com.commerceconnectors.sandbox.magento.search;

import com.commerceconnectors.sandbox.http.SandboxResponse;
import com.commerceconnectors.sandbox.magento.web.MagentoJson;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;

/** Writes {@code {"items": [...], "search_criteria": {...}, "total_count": N}}, streaming the items. */
public final class SearchResults {

    private SearchResults() {
    }

    /** Writes one item. */
    @FunctionalInterface
    public interface ItemWriter<R> {
        void write(JsonGenerator json, R row) throws IOException;
    }

    public static <R> SandboxResponse response(SearchPage<R> page, SearchCriteria echo, ItemWriter<R> writer) {
        return MagentoJson.ok(json -> {
            json.writeStartObject();
            json.writeArrayFieldStart("items");
            for (R row : page.items()) {
                writer.write(json, row);
            }
            json.writeEndArray();
            echo.writeEcho(json);
            json.writeNumberField("total_count", page.totalCount());
            json.writeEndObject();
        });
    }
}
