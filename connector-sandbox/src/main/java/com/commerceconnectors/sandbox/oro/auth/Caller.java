package com.commerceconnectors.sandbox.oro.auth;

/**
 * Who a request was authenticated as.
 *
 * @param api     the front end the credentials belong to
 * @param subject the back-office username, the customer user's e-mail, {@code guest}, or the OAuth client id for
 *                a client-credentials token
 * @param userId  the id of the {@code users} (back office) or {@code customerusers} (storefront) record; 0 for a
 *                guest or a client without a user
 */
public record Caller(ApiKind api, String subject, long userId) {
}
