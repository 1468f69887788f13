package com.commerceconnectors.cli.imports;

import com.commerceconnectors.core.error.ApiException;
import com.commerceconnectors.core.error.ErrorCategory;
import com.commerceconnectors.core.error.FailureReason;
import java.util.Set;

/**
 * Why a record was not written, in an operator's words, and whether the cause lies with the record or with the
 * connection. A failure of the connection (credentials refused, no permission, nothing listening, a resource that
 * cannot be written) would fail every later record the same way: the import stops sending instead, which also keeps
 * a wrong password from being tried once per line (six failed sign-ins lock a Magento admin).
 *
 * @param message  what went wrong and what to do; the connector's messages mask secrets and never quote the record
 * @param systemic whether no other record can succeed either
 */
record WriteFailure(String message, boolean systemic) {

    private static final Set<ErrorCategory> SYSTEMIC = Set.of(ErrorCategory.CONFIGURATION, ErrorCategory.AUTHENTICATION,
            ErrorCategory.AUTHORIZATION, ErrorCategory.TLS, ErrorCategory.CLOCK_SKEW);
    /** Network failures that say "wrong address", not "a bad moment". */
    private static final Set<FailureReason> UNREACHABLE = Set.of(FailureReason.UNKNOWN_HOST,
            FailureReason.CONNECTION_REFUSED, FailureReason.PROXY);
    /** Answers that say baseUri points at something other than the API. */
    private static final Set<FailureReason> NOT_THE_API = Set.of(FailureReason.HTML_PAGE, FailureReason.REDIRECT,
            FailureReason.NOT_JSON);

    static WriteFailure of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ApiException api) {
                return new WriteFailure(api.getMessage(), isSystemic(api));
            }
            if (t instanceof IllegalArgumentException && t.getMessage() != null
                    && t.getClass().getName().startsWith("java.") && isOurs(t.getStackTrace())) {
                // the component's own checks of options and headers: they name the option, never a value of the record
                return new WriteFailure(t.getMessage(), true);
            }
        }
        // third-party messages may quote request data, so only the type is shown; the debug log has the rest
        return new WriteFailure("unexpected " + failure.getClass().getSimpleName()
                + " while writing the record; run again with --verbose for details", false);
    }

    static boolean isSystemic(ApiException e) {
        return SYSTEMIC.contains(e.category())
                || e.category() == ErrorCategory.NETWORK && UNREACHABLE.contains(e.reason())
                || e.category() == ErrorCategory.PROTOCOL && NOT_THE_API.contains(e.reason());
    }

    private static boolean isOurs(StackTraceElement[] trace) {
        return trace.length > 0 && trace[0].getClassName().startsWith("com.commerceconnectors.");
    }
}
