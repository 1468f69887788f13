/**
 * Oro's WSSE UsernameToken authentication ({@code auth.type: wsse}).
 * <p>
 * Every attempt gets a new pair of headers, {@code Authorization: WSSE profile="UsernameToken"} and
 * {@code X-WSSE: UsernameToken Username="…", PasswordDigest="…", Nonce="…", Created="…"}, where the digest is
 * {@code base64(sha1(nonce bytes + Created + API key))} and the header carries the nonce bytes base64-encoded
 * ({@link com.commerceconnectors.core.auth.wsse.PasswordDigest}). What Oro's authenticator checks, and how this
 * package meets it:
 * <ul>
 *   <li><b>Nonces</b> are never reused: Oro keeps each one for the token lifetime and refuses it a second time, so
 *       retries and replays are given fresh ones (16 bytes from {@link java.security.SecureRandom}).</li>
 *   <li><b>Created</b> must be an ISO-8601 time not in the future (Oro allows no tolerance at all) and not older than the
 *       lifetime (300 s by default, 3600 s in Oro's documentation): it is written as {@code 2026-05-04T09:59:55+00:00},
 *       a few seconds before this machine's clock ({@link com.commerceconnectors.core.auth.wsse.CreatedTimestamp}).</li>
 *   <li><b>Failures</b> are an empty 401 whatever the reason, so a 401 is final and the policy's advice lists the
 *       likely causes ({@link com.commerceconnectors.core.auth.wsse.WsseAdvice}).</li>
 * </ul>
 * Both headers are secret headers: their values are masked wherever a request is printed.
 */
package com.commerceconnectors.core.auth.wsse;
