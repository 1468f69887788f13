package com.commerceconnectors.core.auth.wsse;

import com.commerceconnectors.core.error.FailureContext;

/**
 * Advice for a refused WSSE request. Oro answers every WSSE failure — wrong key, expired or future {@code Created},
 * replayed nonce, disabled API — with the same empty 401 and keeps the reason in its own log, so the advice lists the
 * causes, most likely first. A replayed nonce is left out: every attempt here has a new one.
 */
final class WsseAdvice {

    static final String UNAUTHORIZED = "Oro refuses WSSE requests with an empty 401 whatever the reason (its own log"
            + " says which), so check, most likely first: 1) auth.apiKey and auth.username: an API key belongs to one"
            + " user in one organization; generate it again on that user's profile page in the back office and copy it"
            + " with that user's username; 2) this machine's clock (use NTP): Oro refuses a Created time that is ahead"
            + " of its own clock by even a second, and one older than the token lifetime (300 s by default, 3600 s in"
            + " Oro's documentation); Created is set " + CreatedTimestamp.SKEW_ALLOWANCE.toSeconds() + " s before this"
            + " machine's time; 3) the API feature: it is disabled by default; enable it under System > Configuration >"
            + " Web API; 4) the API path: the back-office API is under /admin/api (or the configured back-office"
            + " prefix), the storefront API under /api";

    private WsseAdvice() {
    }

    static String advise(FailureContext failure, String advice) {
        return failure.status() == 401 && !failure.tokenEndpoint() ? UNAUTHORIZED : advice;
    }
}
