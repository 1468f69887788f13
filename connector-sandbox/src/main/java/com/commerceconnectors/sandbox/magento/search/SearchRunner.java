package com.commerceconnectors.sandbox.magento.search;

import com.commerceconnectors.sandbox.http.SandboxResponse;
import com.commerceconnectors.sandbox.magento.MagentoSettings;
import com.commerceconnectors.sandbox.magento.web.CallContext;
import com.commerceconnectors.sandbox.magento.web.MagentoException;

import java.util.Map;

/** A search endpoint from start to end: parse the criteria, apply the input limits, search, write the result. */
public final class SearchRunner {

    private final MagentoSettings settings;

    public SearchRunner(MagentoSettings settings) {
        this.settings = settings;
    }

    public <R> SandboxResponse run(CallContext call, RowSource<R> rows, FieldCatalog<R> fields,
                                   SearchResults.ItemWriter<R> writer) {
        SearchCriteria criteria = withInputLimits(SearchCriteriaParser.parse(call.query()));
        SearchPage<R> page = SearchEngine.search(rows, criteria, fields, call.storeId(), settings.pagingMode());
        return SearchResults.response(page, criteria, writer);
    }

    /** Magento 2.4.3+ input limits, when enabled: a default page size, and a maximum one. */
    private SearchCriteria withInputLimits(SearchCriteria criteria) {
        if (!settings.inputLimits()) {
            return criteria;
        }
        if (criteria.pageSize() == null) {
            return criteria.withPageSize(settings.defaultPageSize());
        }
        if (criteria.pageSize() > settings.maxPageSize()) {
            throw MagentoException.badRequest("Maximum SearchCriteria pageSize is %max",
                    Map.of("max", settings.maxPageSize()));
        }
        return criteria;
    }
}
