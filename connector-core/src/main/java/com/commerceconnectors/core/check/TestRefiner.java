package com.commerceconnectors.core.check;

import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.http.ApiResponse;

import java.util.Optional;

/**
 * A connector's hook to refine a test result in its platform's terms: a sharper hint (Magento locks an admin after
 * six failed sign-ins), details learned from the answer (Commerce Layer's token claims). Must not add secrets.
 */
@FunctionalInterface
public interface TestRefiner {

    /**
     * @param response the probe's 2xx answer, when it succeeded
     * @param failure  the failure, when it failed
     */
    TestResult refine(TestResult result, Optional<ApiResponse> response, Optional<ApiException> failure);

    static TestRefiner none() {
        return (result, response, failure) -> result;
    }
}
