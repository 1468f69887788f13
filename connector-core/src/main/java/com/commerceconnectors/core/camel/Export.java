package com.commerceconnectors.core.camel;

import com.commerceconnectors.core.paging.KeysetDialect;
import com.commerceconnectors.core.paging.PageSource;

import java.util.Objects;

/**
 * What one poll of an export runs: the platform's dialect for the endpoint's resource and filters, and where its pages
 * come from.
 *
 * @param <Q> the platform's query type
 */
public record Export<Q>(KeysetDialect<Q> dialect, PageSource<Q> source) {

    public Export {
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(source, "source");
    }
}
