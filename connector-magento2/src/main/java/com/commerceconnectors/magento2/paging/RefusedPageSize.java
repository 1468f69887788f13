package com.commerceconnectors.magento2.paging;

import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.paging.PageSizeRefusedException;
import com.commerceconnectors.core.paging.PageSource;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Magento's refusal of a page size: with its web API input limits on (2.4.4+, off by default), a search whose
 * {@code searchCriteria[pageSize]} exceeds {@code webapi/validation/maximum_page_size} answers 400
 * {@code {"message":"Maximum SearchCriteria pageSize is %max","parameters":{"max":300}}}
 * ({@code SearchCriteriaValidator}). The export's page source turns it into a {@link PageSizeRefusedException}, so
 * the pager goes on with pages of the store's maximum.
 */
public final class RefusedPageSize {

    /** The message as the decoder renders it, its placeholder filled. */
    private static final Pattern MAXIMUM = Pattern.compile("Maximum SearchCriteria pageSize is (\\d{1,9})\\b");

    private RefusedPageSize() {
    }

    /** The store's maximum page size, when the failure is Magento refusing the page size asked for. */
    public static Optional<Integer> maximum(ApiException e) {
        if (e.status() != 400) {
            return Optional.empty();
        }
        Matcher m = MAXIMUM.matcher(e.platformMessage().orElse(""));
        if (!m.find()) {
            return Optional.empty();
        }
        int max = Integer.parseInt(m.group(1));
        return max < 1 ? Optional.empty() : Optional.of(max);
    }

    /** The source, its page-size refusals told apart from other failures. */
    public static <Q> PageSource<Q> told(PageSource<Q> source) {
        return (query, firstOfRun) -> {
            try {
                return source.fetch(query, firstOfRun);
            } catch (ApiException e) {
                Optional<Integer> max = maximum(e);
                if (max.isPresent()) {
                    PageSizeRefusedException refused = new PageSizeRefusedException(max.get(),
                            e.platformMessage().orElse(e.summary()));
                    refused.initCause(e);
                    throw refused;
                }
                throw e;
            }
        };
    }
}
