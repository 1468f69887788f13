package com.commerceconnectors.sandbox.magento.search;

import com.commerceconnectors.sandbox.http.SandboxResponse;
import com.commerceconnectors.sandbox.magento.MagentoSettings;
import com.commerceconnectors.sandbox.magento.web.CallContext;

import java.util.ArrayList;
import java.util.List;

/**
 * A search endpoint from start to end: parse the criteria under the call's input limits, search, write the result.
 * A search the settings make misbehave drops the sort orders or filter groups it ignores, but echoes the criteria as
 * they were sent.
 */
public final class SearchRunner {

    private final MagentoSettings settings;

    public SearchRunner(MagentoSettings settings) {
        this.settings = settings;
    }

    public <R> SandboxResponse run(CallContext call, RowSource<R> rows, FieldCatalog<R> fields,
                                   SearchResults.ItemWriter<R> writer) {
        SearchCriteria criteria = SearchCriteriaParser.parse(call.query(), call.inputLimits());
        SearchPage<R> page = SearchEngine.search(rows, applied(criteria), fields, call.storeId(),
                settings.pagingMode());
        return SearchResults.response(page, criteria, writer);
    }

    private SearchCriteria applied(SearchCriteria criteria) {
        List<FilterGroup> groups = new ArrayList<>();
        for (int i = 0; i < criteria.filterGroups().size(); i++) {
            if (!settings.ignoredFilterGroups().contains(i)) {
                groups.add(criteria.filterGroups().get(i));
            }
        }
        return new SearchCriteria(groups, settings.ignoreSortOrders() ? null : criteria.sortOrders(),
                criteria.pageSize(), criteria.currentPage());
    }
}
