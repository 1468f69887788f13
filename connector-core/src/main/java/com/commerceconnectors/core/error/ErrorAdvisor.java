package com.commerceconnectors.core.error;

/**
 * A connector's hook to say what to do about a failure in its platform's terms (e.g. "check the integration's API
 * permissions (ACL)" for a Magento 401). Must not return a secret.
 */
@FunctionalInterface
public interface ErrorAdvisor {

    /** The advice for this failure; return {@code defaultAdvice} to keep the generic one. */
    String advise(FailureContext failure, String defaultAdvice);

    static ErrorAdvisor standard() {
        return (failure, defaultAdvice) -> defaultAdvice;
    }
}
