package com.commerceconnectors.magento2.write;

import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.core.error.FailureReason;
import com.commerceconnectors.magento2.api.MagentoResource;

/** The failures a write reports before anything is sent: unusable input, operations Magento has no route for. */
final class WriteErrors {

    static final String KEY_HEADER = "CamelMagento2ResourceKey";

    private WriteErrors() {
    }

    /** The exchange's body or headers cannot make a record write; nothing was sent. */
    static ApiException invalidInput(String whatIsWrong, String whatToDo) {
        return ApiException.builder(ErrorCategory.VALIDATION, FailureReason.OTHER)
                .summary(whatIsWrong)
                .advice(whatToDo)
                .build();
    }

    static ApiException missingKey(String operation, MagentoResource resource) {
        return invalidInput(operation + " of " + resource.name() + " needs the " + resource.noun() + "'s "
                        + resource.keyField() + ", and neither the record nor header " + KEY_HEADER + " has one",
                "Put the " + resource.keyField() + " in the record or in header " + KEY_HEADER
                        + (resource.numericKey() ? "; to add a new " + resource.noun() + ", use operation=create" : ""));
    }

    static ApiException notSupported(String operation, MagentoResource resource) {
        String hint = resource.writes().hint();
        return ApiException.configuration("Magento has no " + operation + " route for " + resource.name()
                        + " that this component knows",
                (hint != null ? hint : "Use operation=raw")
                        + " (headers CamelMagento2HttpMethod and CamelMagento2HttpPath)");
    }
}
