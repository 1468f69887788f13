package com.commerceconnectors.core.error;

import com.commerceconnectors.core.http.ApiRequest;

/**
 * The one rule for "may this request be sent again": never duplicate a non-idempotent write.
 * <ul>
 *   <li>A 429 is sent by a rate limiter that refused the request before it was processed: any method may be repeated.</li>
 *   <li>A 503 with {@code Retry-After} is a deliberate "not now" (maintenance, overload shedding): any method.</li>
 *   <li>A 503 without it, 500, 502, 504 and 408: the request may have been (partly) processed, or passed on by a
 *       gateway: only idempotent requests.</li>
 *   <li>A connect timeout: nothing was sent, any method. A dropped connection or a read timeout after sending:
 *       the platform may have processed it, so only idempotent requests.</li>
 *   <li>DNS failures, refused connections and TLS failures will not heal by themselves within a retry budget.</li>
 * </ul>
 */
public final class Retryability {

    private Retryability() {
    }

    /** Whether the status is a transient one after which the same request may succeed. */
    public static boolean isTransientStatus(int status) {
        return status == 408 || status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
    }

    /** Whether the request may be repeated after this status. */
    public static boolean afterStatus(ApiRequest request, int status, boolean hasRetryAfter) {
        if (status == 429 || status == 503 && hasRetryAfter) {
            return true;
        }
        return isTransientStatus(status) && request.idempotent();
    }

    /** Whether the request may be repeated after an I/O failure of this kind. */
    public static boolean afterFailure(ApiRequest request, FailureReason reason) {
        return switch (reason) {
            case CONNECT_TIMEOUT -> true;
            case READ_TIMEOUT, CONNECTION_DROPPED -> request.idempotent();
            default -> false;
        };
    }
}
