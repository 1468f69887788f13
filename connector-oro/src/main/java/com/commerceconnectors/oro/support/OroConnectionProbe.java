package com.commerceconnectors.oro.support;

import com.commerceconnectors.core.check.TestCategory;
import com.commerceconnectors.core.check.TestRefiner;
import com.commerceconnectors.core.check.TestResult;
import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.http.ApiResponse;

import java.util.Optional;

/**
 * Oro's readings of a connection test (one record of the endpoint's resource): on success the API path, the resource
 * and how many records it holds; on failure what an empty 401 or a 404 most likely means for this connection.
 */
public final class OroConnectionProbe {

    private OroConnectionProbe() {
    }

    /**
     * @param apiPath the normalised API path in use
     * @param probe   the resource the test reads one record of
     */
    public static TestRefiner refiner(String apiPath, String probe) {
        return (result, response, failure) -> refine(result, response, failure, apiPath, probe);
    }

    private static TestResult refine(TestResult result, Optional<ApiResponse> response, Optional<ApiException> failure,
                                     String apiPath, String probe) {
        TestResult r = result.withDetail("apiPath", apiPath).withDetail("resource", probe);
        if (result.ok()) {
            Optional<String> total = response.flatMap(a -> a.header("X-Include-Total-Count"));
            if (total.isPresent()) {
                r = r.withDetail("totalCount", parse(total.get()));
            }
            return r;
        }
        if (failure.isEmpty()) {
            return r;
        }
        ApiException e = failure.get();
        if (e.status() == 404 && !OroPaths.isMissingRecord(e)) {
            return r.withCategory(TestCategory.CONFIGURATION).withHint(e.advice().orElse(r.hint()));
        }
        if (r.category() == TestCategory.AUTHENTICATION && e.advice().isPresent()) {
            return r.withHint(e.advice().get());
        }
        return r;
    }

    private static Object parse(String v) {
        try {
            return Long.parseLong(v.strip());
        } catch (NumberFormatException e) {
            return v;
        }
    }
}
