package com.commerceconnectors.sandbox.oro.jsonapi;

import com.commerceconnectors.sandbox.http.UrlDecoding;
import com.commerceconnectors.sandbox.oro.query.PageResult;
import com.commerceconnectors.sandbox.oro.query.ResourceQuery;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;

/**
 * The HATEOAS links of one request: {@code self} of each resource, and for a list {@code self}, {@code first} and
 * {@code prev} (after the first page) and {@code next} (when a row follows), each the request URL with another
 * {@code page[number]}.
 *
 * @param apiRoot  e.g. {@code http://127.0.0.1:PORT/oro/admin/api}
 * @param path     the request path under the API root, e.g. {@code /products}
 * @param rawQuery the request's query string as sent
 */
public record ResourceLinks(String apiRoot, String path, String rawQuery) {

    public String self(String type, long id) {
        return apiRoot + "/" + type + "/" + id;
    }

    ObjectNode pageLinks(ResourceQuery query, PageResult page) {
        ObjectNode links = JsonApi.MAPPER.createObjectNode();
        links.put("self", apiRoot + path + (rawQuery.isEmpty() ? "" : "?" + rawQuery));
        if (query.pageSize() > 0 && query.pageNumber() > 1) {
            links.put("first", withPage(1));
            links.put("prev", withPage(query.pageNumber() - 1));
        }
        if (page.hasMore()) {
            links.put("next", withPage(query.pageNumber() + 1));
        }
        return links;
    }

    private String withPage(int number) {
        List<String> kept = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = UrlDecoding.phpUrlDecode(eq < 0 ? pair : pair.substring(0, eq));
            if (!pair.isEmpty() && !key.equals("page[number]")) {
                kept.add(pair);
            }
        }
        if (number > 1) {
            kept.add("page%5Bnumber%5D=" + number);
        }
        return apiRoot + path + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
    }
}
