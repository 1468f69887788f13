package com.commerceconnectors.magento2.write;

import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.core.error.FailureReason;
import com.commerceconnectors.magento2.api.MagentoResource;

/**
 * Says so when a write that may not be repeated failed in a way that leaves its outcome unknown: the connection
 * dropped or timed out after the request was sent, or Magento (or a gateway in front of it) answered 5xx. Magento
 * may have saved the record; the client did not send it again, and the operator must check before resending.
 */
final class UnknownOutcome {

    private UnknownOutcome() {
    }

    /** The failure, rewritten to say the outcome is unknown and what to check when that is so; else unchanged. */
    static ApiException explain(ApiException e, String doing, MagentoResource resource, String key) {
        if (!isUnknown(e)) {
            return e;
        }
        String check = key != null
                ? "operation=get with header " + WriteErrors.KEY_HEADER + "=" + key
                : "operation=search with a filter on a field that identifies it" + ("customers".equals(resource.name())
                ? " (e.g. filter=email:eq:…)" : "");
        String repeat = resource.writes().updateCreatesWhenMissing()
                ? "; operation=upsert is safe to repeat for " + resource.name() : "";
        return e.toBuilder()
                .summary("The outcome of " + doing + " is unknown: " + lowerFirst(e.summary()))
                .advice("Magento may have saved it, so it was not sent again (a second attempt could save it twice)."
                        + " Check whether it exists — " + check + " — before sending it again" + repeat)
                .build();
    }

    static boolean isUnknown(ApiException e) {
        if (e.retryable()) {
            return false;
        }
        if (e.category() == ErrorCategory.NETWORK) {
            return e.reason() == FailureReason.CONNECTION_DROPPED || e.reason() == FailureReason.READ_TIMEOUT;
        }
        // a 503 with Retry-After is a deliberate "not now": nothing was processed
        return e.category() == ErrorCategory.SERVER && !(e.status() == 503 && e.retryAfter().isPresent());
    }

    /** "The connection … was closed" reads on after a colon as "the connection …"; names stay capitalised. */
    private static String lowerFirst(String s) {
        return s.startsWith("The ") ? "the " + s.substring(4) : s;
    }
}
