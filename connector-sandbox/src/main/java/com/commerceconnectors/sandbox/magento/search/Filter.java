package com.commerceconnectors.sandbox.magento.search;

/**
 * One {@code searchCriteria} filter. Any part may be missing ({@code null}), as on a real server.
 *
 * @param conditionType as sent; {@link #effectiveCondition()} is what Magento uses
 */
public record Filter(String field, String value, String conditionType) {

    /** PHP's {@code ?: 'eq'}: a missing, empty or {@code "0"} condition type means {@code eq}. */
    public String effectiveCondition() {
        if (conditionType == null || conditionType.isEmpty() || conditionType.equals("0")) {
            return "eq";
        }
        return conditionType;
    }
}
