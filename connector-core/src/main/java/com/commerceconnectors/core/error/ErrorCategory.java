package com.commerceconnectors.core.error;

/** What kind of failure an {@link ApiException} reports; decides whether a retry can help and what an operator should do. */
public enum ErrorCategory {
    /** The connection or endpoint configuration cannot work as written (unsupported option, bad URI, missing preset). */
    CONFIGURATION,
    /** The credentials were refused (HTTP 401, or a refused sign-in at a token endpoint). */
    AUTHENTICATION,
    /** The credentials are valid but not allowed to do this (HTTP 403). */
    AUTHORIZATION,
    /** The resource does not exist (HTTP 404, 410). */
    NOT_FOUND,
    /** The resource changed or already exists (HTTP 409, 412). */
    CONFLICT,
    /** The platform rejected the request data (HTTP 400, 413, 422 and other 4xx). */
    VALIDATION,
    /** The platform could not be reached or did not answer: DNS, refused or dropped connections, timeouts, the agent. */
    NETWORK,
    /** TLS could not be negotiated: an untrusted certificate, a host name mismatch, a protocol mismatch. */
    TLS,
    /** This machine's clock and the platform's differ too much for signed requests or tokens to be accepted. */
    CLOCK_SKEW,
    /** The platform is rate limiting this client (HTTP 429). */
    RATE_LIMITED,
    /** The platform failed (HTTP 5xx). */
    SERVER,
    /** The platform answered with something this client cannot use: HTML instead of JSON, an unexpected redirect, a huge body. */
    PROTOCOL
}
