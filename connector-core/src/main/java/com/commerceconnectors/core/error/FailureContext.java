package com.commerceconnectors.core.error;

import java.net.URI;

/**
 * What an {@link ErrorAdvisor} sees about a failure before the message is written.
 *
 * @param category             the category
 * @param reason               the precise reason
 * @param status               the HTTP status, 0 when there was no answer
 * @param decoded              what the platform said; {@link DecodedError.Shape#EMPTY} when it said nothing
 * @param method               the request's method
 * @param uri                  the request's URI (do not print it: use {@link SafeUri})
 * @param credentialsRefreshed whether the credentials were refreshed and the request replayed before this failure
 * @param tokenEndpoint        whether the failing call was a sign-in at a token endpoint
 */
public record FailureContext(
        ErrorCategory category,
        FailureReason reason,
        int status,
        DecodedError decoded,
        String method,
        URI uri,
        boolean credentialsRefreshed,
        boolean tokenEndpoint) {
}
