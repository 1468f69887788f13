/**
 * The Commerce Layer emulator ({@link com.commerceconnectors.sandbox.commercelayer.CommerceLayerSandbox}): an auth
 * server with the client credentials, password, refresh token and JWT bearer grants and revocation, issuing signed
 * JWTs with Commerce Layer's claims; and a JSON:API core API with ransack filters, sorting, includes, sparse
 * fieldsets, page-number paging (25 at most) and writes with Rails-style validation errors.
 * <p>
 * Layout: {@code auth} (grants, tokens, scopes, bearer checks), {@code api} (routes, permissions, writes, burst
 * limit), {@code jsonapi} (query parsing, documents, errors, media types), {@code store} (schema and data),
 * {@code ratelimit} (sliding windows on the sandbox clock).
 */
package com.commerceconnectors.sandbox.commercelayer;
